// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ApplyPatchToolParam struct {
	Type           ApplyPatchToolParamType                       `json:"type"`
	AllowedCallers OptionalNullable[[]CallableToolAllowedCaller] `json:"allowed_callers,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ApplyPatchToolParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ApplyPatchToolParam) GetType() ApplyPatchToolParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ApplyPatchToolParam) GetAllowedCallers() OptionalNullable[[]CallableToolAllowedCaller] {
	if o == nil {
		return OptionalNullable[[]CallableToolAllowedCaller]{}
	}
	return o.AllowedCallers
}

func (o *ApplyPatchToolParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ApplyPatchToolParam) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchToolParam", o.decode(data, "$"))
}

func (o *ApplyPatchToolParam) decode(data []byte, path string) error {
	var out ApplyPatchToolParam
	r := readObject(data, path, "ApplyPatchToolParam")
	readRequired(r, "type", &out.Type, (*ApplyPatchToolParamType).decode)
	readOptionalNullable(r, "allowed_callers", &out.AllowedCallers, counted(decodeArray((*CallableToolAllowedCaller).decode), limits{hasMin: true, min: 1}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ApplyPatchToolParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.AllowedCallers.IsSet(), "allowed_callers", o.AllowedCallers)
	return w.finish(o.AdditionalProperties)
}

type ApplyPatchToolParamType string

const (
	ApplyPatchToolParamTypeApplyPatch ApplyPatchToolParamType = "apply_patch"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchToolParamType) ToPointer() *ApplyPatchToolParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchToolParamType) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchToolParamType", e.decode(data, "$"))
}

func (e *ApplyPatchToolParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchToolParamType", ApplyPatchToolParamTypeApplyPatch)
}
