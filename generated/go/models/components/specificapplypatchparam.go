// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type SpecificApplyPatchParam struct {
	Type SpecificApplyPatchParamType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that SpecificApplyPatchParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *SpecificApplyPatchParam) GetType() SpecificApplyPatchParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *SpecificApplyPatchParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *SpecificApplyPatchParam) UnmarshalJSON(data []byte) error {
	return rooted("SpecificApplyPatchParam", o.decode(data, "$"))
}

func (o *SpecificApplyPatchParam) decode(data []byte, path string) error {
	var out SpecificApplyPatchParam
	r := readObject(data, path, "SpecificApplyPatchParam")
	readRequired(r, "type", &out.Type, (*SpecificApplyPatchParamType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o SpecificApplyPatchParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type SpecificApplyPatchParamType string

const (
	SpecificApplyPatchParamTypeApplyPatch SpecificApplyPatchParamType = "apply_patch"
)

// ToPointer returns a pointer to a copy of e.
func (e SpecificApplyPatchParamType) ToPointer() *SpecificApplyPatchParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *SpecificApplyPatchParamType) UnmarshalJSON(data []byte) error {
	return rooted("SpecificApplyPatchParamType", e.decode(data, "$"))
}

func (e *SpecificApplyPatchParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "SpecificApplyPatchParamType", SpecificApplyPatchParamTypeApplyPatch)
}
