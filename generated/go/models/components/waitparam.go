// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type WaitParam struct {
	Type WaitParamType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that WaitParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *WaitParam) GetType() WaitParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *WaitParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *WaitParam) UnmarshalJSON(data []byte) error {
	return rooted("WaitParam", o.decode(data, "$"))
}

func (o *WaitParam) decode(data []byte, path string) error {
	var out WaitParam
	r := readObject(data, path, "WaitParam")
	readRequired(r, "type", &out.Type, (*WaitParamType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o WaitParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type WaitParamType string

const (
	WaitParamTypeWait WaitParamType = "wait"
)

// ToPointer returns a pointer to a copy of e.
func (e WaitParamType) ToPointer() *WaitParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *WaitParamType) UnmarshalJSON(data []byte) error {
	return rooted("WaitParamType", e.decode(data, "$"))
}

func (e *WaitParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "WaitParamType", WaitParamTypeWait)
}
