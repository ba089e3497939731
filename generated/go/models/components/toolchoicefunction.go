// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ToolChoiceFunction struct {
	Type ToolChoiceFunctionType `json:"type"`
	Name string                 `json:"name"`
	// AdditionalProperties holds the fields of the JSON object that ToolChoiceFunction does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ToolChoiceFunction) GetType() ToolChoiceFunctionType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ToolChoiceFunction) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *ToolChoiceFunction) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ToolChoiceFunction) UnmarshalJSON(data []byte) error {
	return rooted("ToolChoiceFunction", o.decode(data, "$"))
}

func (o *ToolChoiceFunction) decode(data []byte, path string) error {
	var out ToolChoiceFunction
	r := readObject(data, path, "ToolChoiceFunction")
	readRequired(r, "type", &out.Type, (*ToolChoiceFunctionType).decode)
	readRequired(r, "name", &out.Name, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ToolChoiceFunction) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("name", o.Name)
	return w.finish(o.AdditionalProperties)
}

type ToolChoiceFunctionType string

const (
	ToolChoiceFunctionTypeFunction ToolChoiceFunctionType = "function"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolChoiceFunctionType) ToPointer() *ToolChoiceFunctionType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ToolChoiceFunctionType) UnmarshalJSON(data []byte) error {
	return rooted("ToolChoiceFunctionType", e.decode(data, "$"))
}

func (e *ToolChoiceFunctionType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ToolChoiceFunctionType", ToolChoiceFunctionTypeFunction)
}
