// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type InlineSkillParam struct {
	Type        InlineSkillParamType   `json:"type"`
	Name        string                 `json:"name"`
	Description string                 `json:"description"`
	Source      InlineSkillSourceParam `json:"source"`
	// AdditionalProperties holds the fields of the JSON object that InlineSkillParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *InlineSkillParam) GetType() InlineSkillParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *InlineSkillParam) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *InlineSkillParam) GetDescription() string {
	if o == nil {
		return ""
	}
	return o.Description
}

func (o *InlineSkillParam) GetSource() InlineSkillSourceParam {
	if o == nil {
		return InlineSkillSourceParam{}
	}
	return o.Source
}

func (o *InlineSkillParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *InlineSkillParam) UnmarshalJSON(data []byte) error {
	return rooted("InlineSkillParam", o.decode(data, "$"))
}

func (o *InlineSkillParam) decode(data []byte, path string) error {
	var out InlineSkillParam
	r := readObject(data, path, "InlineSkillParam")
	readRequired(r, "type", &out.Type, (*InlineSkillParamType).decode)
	readRequired(r, "name", &out.Name, decodeString)
	readRequired(r, "description", &out.Description, decodeString)
	readRequired(r, "source", &out.Source, (*InlineSkillSourceParam).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o InlineSkillParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("name", o.Name)
	w.value("description", o.Description)
	w.value("source", o.Source)
	return w.finish(o.AdditionalProperties)
}

type InlineSkillParamType string

const (
	InlineSkillParamTypeInline InlineSkillParamType = "inline"
)

// ToPointer returns a pointer to a copy of e.
func (e InlineSkillParamType) ToPointer() *InlineSkillParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *InlineSkillParamType) UnmarshalJSON(data []byte) error {
	return rooted("InlineSkillParamType", e.decode(data, "$"))
}

func (e *InlineSkillParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "InlineSkillParamType", InlineSkillParamTypeInline)
}
