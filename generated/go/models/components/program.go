// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type Program struct {
	Type        ProgramType `json:"type"`
	ID          string      `json:"id"`
	CallID      string      `json:"call_id"`
	Code        string      `json:"code"`
	Fingerprint string      `json:"fingerprint"`
	// AdditionalProperties holds the fields of the JSON object that Program does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *Program) GetType() ProgramType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *Program) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *Program) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *Program) GetCode() string {
	if o == nil {
		return ""
	}
	return o.Code
}

func (o *Program) GetFingerprint() string {
	if o == nil {
		return ""
	}
	return o.Fingerprint
}

func (o *Program) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *Program) UnmarshalJSON(data []byte) error {
	return rooted("Program", o.decode(data, "$"))
}

func (o *Program) decode(data []byte, path string) error {
	var out Program
	r := readObject(data, path, "Program")
	readRequired(r, "type", &out.Type, (*ProgramType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readRequired(r, "code", &out.Code, decodeString)
	readRequired(r, "fingerprint", &out.Fingerprint, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o Program) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("call_id", o.CallID)
	w.value("code", o.Code)
	w.value("fingerprint", o.Fingerprint)
	return w.finish(o.AdditionalProperties)
}

type ProgramType string

const (
	ProgramTypeProgram ProgramType = "program"
)

// ToPointer returns a pointer to a copy of e.
func (e ProgramType) ToPointer() *ProgramType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ProgramType) UnmarshalJSON(data []byte) error {
	return rooted("ProgramType", e.decode(data, "$"))
}

func (e *ProgramType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ProgramType", ProgramTypeProgram)
}
