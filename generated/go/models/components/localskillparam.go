// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type LocalSkillParam struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Path        string `json:"path"`
	// AdditionalProperties holds the fields of the JSON object that LocalSkillParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *LocalSkillParam) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *LocalSkillParam) GetDescription() string {
	if o == nil {
		return ""
	}
	return o.Description
}

func (o *LocalSkillParam) GetPath() string {
	if o == nil {
		return ""
	}
	return o.Path
}

func (o *LocalSkillParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *LocalSkillParam) UnmarshalJSON(data []byte) error {
	return rooted("LocalSkillParam", o.decode(data, "$"))
}

func (o *LocalSkillParam) decode(data []byte, path string) error {
	var out LocalSkillParam
	r := readObject(data, path, "LocalSkillParam")
	readRequired(r, "name", &out.Name, decodeString)
	readRequired(r, "description", &out.Description, decodeString)
	readRequired(r, "path", &out.Path, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o LocalSkillParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("name", o.Name)
	w.value("description", o.Description)
	w.value("path", o.Path)
	return w.finish(o.AdditionalProperties)
}
