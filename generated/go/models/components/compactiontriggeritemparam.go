// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CompactionTriggerItemParam struct {
	Type CompactionTriggerItemParamType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that CompactionTriggerItemParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CompactionTriggerItemParam) GetType() CompactionTriggerItemParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CompactionTriggerItemParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CompactionTriggerItemParam) UnmarshalJSON(data []byte) error {
	return rooted("CompactionTriggerItemParam", o.decode(data, "$"))
}

func (o *CompactionTriggerItemParam) decode(data []byte, path string) error {
	var out CompactionTriggerItemParam
	r := readObject(data, path, "CompactionTriggerItemParam")
	readRequired(r, "type", &out.Type, (*CompactionTriggerItemParamType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CompactionTriggerItemParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type CompactionTriggerItemParamType string

const (
	CompactionTriggerItemParamTypeCompactionTrigger CompactionTriggerItemParamType = "compaction_trigger"
)

// ToPointer returns a pointer to a copy of e.
func (e CompactionTriggerItemParamType) ToPointer() *CompactionTriggerItemParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CompactionTriggerItemParamType) UnmarshalJSON(data []byte) error {
	return rooted("CompactionTriggerItemParamType", e.decode(data, "$"))
}

func (e *CompactionTriggerItemParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CompactionTriggerItemParamType", CompactionTriggerItemParamTypeCompactionTrigger)
}
