// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ProgramToolCallCallerParam struct {
	Type     ProgramToolCallCallerParamType `json:"type"`
	CallerID string                         `json:"caller_id"`
	// AdditionalProperties holds the fields of the JSON object that ProgramToolCallCallerParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ProgramToolCallCallerParam) GetType() ProgramToolCallCallerParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ProgramToolCallCallerParam) GetCallerID() string {
	if o == nil {
		return ""
	}
	return o.CallerID
}

func (o *ProgramToolCallCallerParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ProgramToolCallCallerParam) UnmarshalJSON(data []byte) error {
	return rooted("ProgramToolCallCallerParam", o.decode(data, "$"))
}

func (o *ProgramToolCallCallerParam) decode(data []byte, path string) error {
	var out ProgramToolCallCallerParam
	r := readObject(data, path, "ProgramToolCallCallerParam")
	readRequired(r, "type", &out.Type, (*ProgramToolCallCallerParamType).decode)
	readRequired(r, "caller_id", &out.CallerID, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 64}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ProgramToolCallCallerParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("caller_id", o.CallerID)
	return w.finish(o.AdditionalProperties)
}

type ProgramToolCallCallerParamType string

const (
	ProgramToolCallCallerParamTypeProgram ProgramToolCallCallerParamType = "program"
)

// ToPointer returns a pointer to a copy of e.
func (e ProgramToolCallCallerParamType) ToPointer() *ProgramToolCallCallerParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ProgramToolCallCallerParamType) UnmarshalJSON(data []byte) error {
	return rooted("ProgramToolCallCallerParamType", e.decode(data, "$"))
}

func (e *ProgramToolCallCallerParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ProgramToolCallCallerParamType", ProgramToolCallCallerParamTypeProgram)
}
