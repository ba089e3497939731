// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type SpecificProgrammaticToolCallingParam struct {
	Type SpecificProgrammaticToolCallingParamType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that SpecificProgrammaticToolCallingParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *SpecificProgrammaticToolCallingParam) GetType() SpecificProgrammaticToolCallingParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *SpecificProgrammaticToolCallingParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *SpecificProgrammaticToolCallingParam) UnmarshalJSON(data []byte) error {
	return rooted("SpecificProgrammaticToolCallingParam", o.decode(data, "$"))
}

func (o *SpecificProgrammaticToolCallingParam) decode(data []byte, path string) error {
	var out SpecificProgrammaticToolCallingParam
	r := readObject(data, path, "SpecificProgrammaticToolCallingParam")
	readRequired(r, "type", &out.Type, (*SpecificProgrammaticToolCallingParamType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o SpecificProgrammaticToolCallingParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type SpecificProgrammaticToolCallingParamType string

const (
	SpecificProgrammaticToolCallingParamTypeProgrammaticToolCalling SpecificProgrammaticToolCallingParamType = "programmatic_tool_calling"
)

// ToPointer returns a pointer to a copy of e.
func (e SpecificProgrammaticToolCallingParamType) ToPointer() *SpecificProgrammaticToolCallingParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *SpecificProgrammaticToolCallingParamType) UnmarshalJSON(data []byte) error {
	return rooted("SpecificProgrammaticToolCallingParamType", e.decode(data, "$"))
}

func (e *SpecificProgrammaticToolCallingParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "SpecificProgrammaticToolCallingParamType", SpecificProgrammaticToolCallingParamTypeProgrammaticToolCalling)
}
