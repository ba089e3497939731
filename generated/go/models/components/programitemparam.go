// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ProgramItemParam struct {
	ID          string               `json:"id"`
	Type        ProgramItemParamType `json:"type"`
	CallID      string               `json:"call_id"`
	Code        string               `json:"code"`
	Fingerprint string               `json:"fingerprint"`
	// AdditionalProperties holds the fields of the JSON object that ProgramItemParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ProgramItemParam) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ProgramItemParam) GetType() ProgramItemParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ProgramItemParam) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *ProgramItemParam) GetCode() string {
	if o == nil {
		return ""
	}
	return o.Code
}

func (o *ProgramItemParam) GetFingerprint() string {
	if o == nil {
		return ""
	}
	return o.Fingerprint
}

func (o *ProgramItemParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ProgramItemParam) UnmarshalJSON(data []byte) error {
	return rooted("ProgramItemParam", o.decode(data, "$"))
}

func (o *ProgramItemParam) decode(data []byte, path string) error {
	var out ProgramItemParam
	r := readObject(data, path, "ProgramItemParam")
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "type", &out.Type, (*ProgramItemParamType).decode)
	readRequired(r, "call_id", &out.CallID, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 64}))
	readRequired(r, "code", &out.Code, sized(decodeString, limits{hasMax: true, max: 10485760}))
	readRequired(r, "fingerprint", &out.Fingerprint, sized(decodeString, limits{hasMax: true, max: 10485760}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ProgramItemParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("id", o.ID)
	w.value("type", o.Type)
	w.value("call_id", o.CallID)
	w.value("code", o.Code)
	w.value("fingerprint", o.Fingerprint)
	return w.finish(o.AdditionalProperties)
}

type ProgramItemParamType string

const (
	ProgramItemParamTypeProgram ProgramItemParamType = "program"
)

// ToPointer returns a pointer to a copy of e.
func (e ProgramItemParamType) ToPointer() *ProgramItemParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ProgramItemParamType) UnmarshalJSON(data []byte) error {
	return rooted("ProgramItemParamType", e.decode(data, "$"))
}

func (e *ProgramItemParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ProgramItemParamType", ProgramItemParamTypeProgram)
}
