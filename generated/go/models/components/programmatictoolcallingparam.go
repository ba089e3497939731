// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ProgrammaticToolCallingParam struct {
	Type ProgrammaticToolCallingParamType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that ProgrammaticToolCallingParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ProgrammaticToolCallingParam) GetType() ProgrammaticToolCallingParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ProgrammaticToolCallingParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ProgrammaticToolCallingParam) UnmarshalJSON(data []byte) error {
	return rooted("ProgrammaticToolCallingParam", o.decode(data, "$"))
}

func (o *ProgrammaticToolCallingParam) decode(data []byte, path string) error {
	var out ProgrammaticToolCallingParam
	r := readObject(data, path, "ProgrammaticToolCallingParam")
	readRequired(r, "type", &out.Type, (*ProgrammaticToolCallingParamType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ProgrammaticToolCallingParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type ProgrammaticToolCallingParamType string

const (
	ProgrammaticToolCallingParamTypeProgrammaticToolCalling ProgrammaticToolCallingParamType = "programmatic_tool_calling"
)

// ToPointer returns a pointer to a copy of e.
func (e ProgrammaticToolCallingParamType) ToPointer() *ProgrammaticToolCallingParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ProgrammaticToolCallingParamType) UnmarshalJSON(data []byte) error {
	return rooted("ProgrammaticToolCallingParamType", e.decode(data, "$"))
}

func (e *ProgrammaticToolCallingParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ProgrammaticToolCallingParamType", ProgrammaticToolCallingParamTypeProgrammaticToolCalling)
}
