// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type SkillReferenceParam struct {
	Type    SkillReferenceParamType `json:"type"`
	SkillID string                  `json:"skill_id"`
	Version *string                 `json:"version,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that SkillReferenceParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *SkillReferenceParam) GetType() SkillReferenceParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *SkillReferenceParam) GetSkillID() string {
	if o == nil {
		return ""
	}
	return o.SkillID
}

func (o *SkillReferenceParam) GetVersion() *string {
	if o == nil {
		return nil
	}
	return o.Version
}

func (o *SkillReferenceParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *SkillReferenceParam) UnmarshalJSON(data []byte) error {
	return rooted("SkillReferenceParam", o.decode(data, "$"))
}

func (o *SkillReferenceParam) decode(data []byte, path string) error {
	var out SkillReferenceParam
	r := readObject(data, path, "SkillReferenceParam")
	readRequired(r, "type", &out.Type, (*SkillReferenceParamType).decode)
	readRequired(r, "skill_id", &out.SkillID, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 64}))
	readOptional(r, "version", &out.Version, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o SkillReferenceParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("skill_id", o.SkillID)
	w.valueIf(o.Version != nil, "version", o.Version)
	return w.finish(o.AdditionalProperties)
}

type SkillReferenceParamType string

const (
	SkillReferenceParamTypeSkillReference SkillReferenceParamType = "skill_reference"
)

// ToPointer returns a pointer to a copy of e.
func (e SkillReferenceParamType) ToPointer() *SkillReferenceParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *SkillReferenceParamType) UnmarshalJSON(data []byte) error {
	return rooted("SkillReferenceParamType", e.decode(data, "$"))
}

func (e *SkillReferenceParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "SkillReferenceParamType", SkillReferenceParamTypeSkillReference)
}
