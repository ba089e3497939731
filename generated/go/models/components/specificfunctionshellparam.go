// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type SpecificFunctionShellParam struct {
	Type SpecificFunctionShellParamType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that SpecificFunctionShellParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *SpecificFunctionShellParam) GetType() SpecificFunctionShellParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *SpecificFunctionShellParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *SpecificFunctionShellParam) UnmarshalJSON(data []byte) error {
	return rooted("SpecificFunctionShellParam", o.decode(data, "$"))
}

func (o *SpecificFunctionShellParam) decode(data []byte, path string) error {
	var out SpecificFunctionShellParam
	r := readObject(data, path, "SpecificFunctionShellParam")
	readRequired(r, "type", &out.Type, (*SpecificFunctionShellParamType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o SpecificFunctionShellParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type SpecificFunctionShellParamType string

const (
	SpecificFunctionShellParamTypeShell SpecificFunctionShellParamType = "shell"
)

// ToPointer returns a pointer to a copy of e.
func (e SpecificFunctionShellParamType) ToPointer() *SpecificFunctionShellParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *SpecificFunctionShellParamType) UnmarshalJSON(data []byte) error {
	return rooted("SpecificFunctionShellParamType", e.decode(data, "$"))
}

func (e *SpecificFunctionShellParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "SpecificFunctionShellParamType", SpecificFunctionShellParamTypeShell)
}
