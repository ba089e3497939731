// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type LocalEnvironmentParam struct {
	Type   LocalEnvironmentParamType `json:"type"`
	Skills []LocalSkillParam         `json:"skills,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that LocalEnvironmentParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *LocalEnvironmentParam) GetType() LocalEnvironmentParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *LocalEnvironmentParam) GetSkills() []LocalSkillParam {
	if o == nil {
		return nil
	}
	return o.Skills
}

func (o *LocalEnvironmentParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *LocalEnvironmentParam) UnmarshalJSON(data []byte) error {
	return rooted("LocalEnvironmentParam", o.decode(data, "$"))
}

func (o *LocalEnvironmentParam) decode(data []byte, path string) error {
	var out LocalEnvironmentParam
	r := readObject(data, path, "LocalEnvironmentParam")
	readRequired(r, "type", &out.Type, (*LocalEnvironmentParamType).decode)
	readPresent(r, "skills", &out.Skills, counted(decodeArray((*LocalSkillParam).decode), limits{hasMax: true, max: 200}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o LocalEnvironmentParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.Skills != nil, "skills", o.Skills)
	return w.finish(o.AdditionalProperties)
}

type LocalEnvironmentParamType string

const (
	LocalEnvironmentParamTypeLocal LocalEnvironmentParamType = "local"
)

// ToPointer returns a pointer to a copy of e.
func (e LocalEnvironmentParamType) ToPointer() *LocalEnvironmentParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *LocalEnvironmentParamType) UnmarshalJSON(data []byte) error {
	return rooted("LocalEnvironmentParamType", e.decode(data, "$"))
}

func (e *LocalEnvironmentParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "LocalEnvironmentParamType", LocalEnvironmentParamTypeLocal)
}
