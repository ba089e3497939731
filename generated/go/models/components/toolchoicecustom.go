// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ToolChoiceCustom struct {
	Type ToolChoiceCustomType `json:"type"`
	Name string               `json:"name"`
	// AdditionalProperties holds the fields of the JSON object that ToolChoiceCustom does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ToolChoiceCustom) GetType() ToolChoiceCustomType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ToolChoiceCustom) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *ToolChoiceCustom) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ToolChoiceCustom) UnmarshalJSON(data []byte) error {
	return rooted("ToolChoiceCustom", o.decode(data, "$"))
}

func (o *ToolChoiceCustom) decode(data []byte, path string) error {
	var out ToolChoiceCustom
	r := readObject(data, path, "ToolChoiceCustom")
	readRequired(r, "type", &out.Type, (*ToolChoiceCustomType).decode)
	readRequired(r, "name", &out.Name, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ToolChoiceCustom) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("name", o.Name)
	return w.finish(o.AdditionalProperties)
}

type ToolChoiceCustomType string

const (
	ToolChoiceCustomTypeCustom ToolChoiceCustomType = "custom"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolChoiceCustomType) ToPointer() *ToolChoiceCustomType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ToolChoiceCustomType) UnmarshalJSON(data []byte) error {
	return rooted("ToolChoiceCustomType", e.decode(data, "$"))
}

func (e *ToolChoiceCustomType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ToolChoiceCustomType", ToolChoiceCustomTypeCustom)
}
