// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ToolChoiceTypes struct {
	Type ToolChoiceTypesType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that ToolChoiceTypes does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ToolChoiceTypes) GetType() ToolChoiceTypesType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ToolChoiceTypes) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ToolChoiceTypes) UnmarshalJSON(data []byte) error {
	return rooted("ToolChoiceTypes", o.decode(data, "$"))
}

func (o *ToolChoiceTypes) decode(data []byte, path string) error {
	var out ToolChoiceTypes
	r := readObject(data, path, "ToolChoiceTypes")
	readRequired(r, "type", &out.Type, (*ToolChoiceTypesType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ToolChoiceTypes) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type ToolChoiceTypesType string

const (
	ToolChoiceTypesTypeFileSearch               ToolChoiceTypesType = "file_search"
	ToolChoiceTypesTypeWebSearchPreview         ToolChoiceTypesType = "web_search_preview"
	ToolChoiceTypesTypeComputer                 ToolChoiceTypesType = "computer"
	ToolChoiceTypesTypeComputerUsePreview       ToolChoiceTypesType = "computer_use_preview"
	ToolChoiceTypesTypeComputerUse              ToolChoiceTypesType = "computer_use"
	ToolChoiceTypesTypeWebSearchPreview20250311 ToolChoiceTypesType = "web_search_preview_2025_03_11"
	ToolChoiceTypesTypeImageGeneration          ToolChoiceTypesType = "image_generation"
	ToolChoiceTypesTypeCodeInterpreter          ToolChoiceTypesType = "code_interpreter"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolChoiceTypesType) ToPointer() *ToolChoiceTypesType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ToolChoiceTypesType) UnmarshalJSON(data []byte) error {
	return rooted("ToolChoiceTypesType", e.decode(data, "$"))
}

func (e *ToolChoiceTypesType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ToolChoiceTypesType", ToolChoiceTypesTypeFileSearch, ToolChoiceTypesTypeWebSearchPreview, ToolChoiceTypesTypeComputer, ToolChoiceTypesTypeComputerUsePreview, ToolChoiceTypesTypeComputerUse, ToolChoiceTypesTypeWebSearchPreview20250311, ToolChoiceTypesTypeImageGeneration, ToolChoiceTypesTypeCodeInterpreter)
}
