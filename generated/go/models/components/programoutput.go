// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ProgramOutput struct {
	Type   ProgramOutputType   `json:"type"`
	ID     string              `json:"id"`
	CallID string              `json:"call_id"`
	Result string              `json:"result"`
	Status ProgramOutputStatus `json:"status"`
	// AdditionalProperties holds the fields of the JSON object that ProgramOutput does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ProgramOutput) GetType() ProgramOutputType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ProgramOutput) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ProgramOutput) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *ProgramOutput) GetResult() string {
	if o == nil {
		return ""
	}
	return o.Result
}

func (o *ProgramOutput) GetStatus() ProgramOutputStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *ProgramOutput) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ProgramOutput) UnmarshalJSON(data []byte) error {
	return rooted("ProgramOutput", o.decode(data, "$"))
}

func (o *ProgramOutput) decode(data []byte, path string) error {
	var out ProgramOutput
	r := readObject(data, path, "ProgramOutput")
	readRequired(r, "type", &out.Type, (*ProgramOutputType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readRequired(r, "result", &out.Result, decodeString)
	readRequired(r, "status", &out.Status, (*ProgramOutputStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ProgramOutput) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("call_id", o.CallID)
	w.value("result", o.Result)
	w.value("status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type ProgramOutputType string

const (
	ProgramOutputTypeProgramOutput ProgramOutputType = "program_output"
)

// ToPointer returns a pointer to a copy of e.
func (e ProgramOutputType) ToPointer() *ProgramOutputType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ProgramOutputType) UnmarshalJSON(data []byte) error {
	return rooted("ProgramOutputType", e.decode(data, "$"))
}

func (e *ProgramOutputType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ProgramOutputType", ProgramOutputTypeProgramOutput)
}
