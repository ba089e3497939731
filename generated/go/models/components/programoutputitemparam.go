// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ProgramOutputItemParam struct {
	ID     string                     `json:"id"`
	Type   ProgramOutputItemParamType `json:"type"`
	CallID string                     `json:"call_id"`
	Result string                     `json:"result"`
	Status ProgramOutputItemStatus    `json:"status"`
	// AdditionalProperties holds the fields of the JSON object that ProgramOutputItemParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ProgramOutputItemParam) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ProgramOutputItemParam) GetType() ProgramOutputItemParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ProgramOutputItemParam) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *ProgramOutputItemParam) GetResult() string {
	if o == nil {
		return ""
	}
	return o.Result
}

func (o *ProgramOutputItemParam) GetStatus() ProgramOutputItemStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *ProgramOutputItemParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ProgramOutputItemParam) UnmarshalJSON(data []byte) error {
	return rooted("ProgramOutputItemParam", o.decode(data, "$"))
}

func (o *ProgramOutputItemParam) decode(data []byte, path string) error {
	var out ProgramOutputItemParam
	r := readObject(data, path, "ProgramOutputItemParam")
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "type", &out.Type, (*ProgramOutputItemParamType).decode)
	readRequired(r, "call_id", &out.CallID, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 64}))
	readRequired(r, "result", &out.Result, sized(decodeString, limits{hasMax: true, max: 10485760}))
	readRequired(r, "status", &out.Status, (*ProgramOutputItemStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ProgramOutputItemParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("id", o.ID)
	w.value("type", o.Type)
	w.value("call_id", o.CallID)
	w.value("result", o.Result)
	w.value("status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type ProgramOutputItemParamType string

const (
	ProgramOutputItemParamTypeProgramOutput ProgramOutputItemParamType = "program_output"
)

// ToPointer returns a pointer to a copy of e.
func (e ProgramOutputItemParamType) ToPointer() *ProgramOutputItemParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ProgramOutputItemParamType) UnmarshalJSON(data []byte) error {
	return rooted("ProgramOutputItemParamType", e.decode(data, "$"))
}

func (e *ProgramOutputItemParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ProgramOutputItemParamType", ProgramOutputItemParamTypeProgramOutput)
}
