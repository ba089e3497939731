// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ProgramToolCallCaller struct {
	Type     ProgramToolCallCallerType `json:"type"`
	CallerID string                    `json:"caller_id"`
	// AdditionalProperties holds the fields of the JSON object that ProgramToolCallCaller does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ProgramToolCallCaller) GetType() ProgramToolCallCallerType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ProgramToolCallCaller) GetCallerID() string {
	if o == nil {
		return ""
	}
	return o.CallerID
}

func (o *ProgramToolCallCaller) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ProgramToolCallCaller) UnmarshalJSON(data []byte) error {
	return rooted("ProgramToolCallCaller", o.decode(data, "$"))
}

func (o *ProgramToolCallCaller) decode(data []byte, path string) error {
	var out ProgramToolCallCaller
	r := readObject(data, path, "ProgramToolCallCaller")
	readRequired(r, "type", &out.Type, (*ProgramToolCallCallerType).decode)
	readRequired(r, "caller_id", &out.CallerID, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ProgramToolCallCaller) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("caller_id", o.CallerID)
	return w.finish(o.AdditionalProperties)
}

type ProgramToolCallCallerType string

const (
	ProgramToolCallCallerTypeProgram ProgramToolCallCallerType = "program"
)

// ToPointer returns a pointer to a copy of e.
func (e ProgramToolCallCallerType) ToPointer() *ProgramToolCallCallerType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ProgramToolCallCallerType) UnmarshalJSON(data []byte) error {
	return rooted("ProgramToolCallCallerType", e.decode(data, "$"))
}

func (e *ProgramToolCallCallerType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ProgramToolCallCallerType", ProgramToolCallCallerTypeProgram)
}
