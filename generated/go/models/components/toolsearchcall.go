// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ToolSearchCall struct {
	Type      ToolSearchCallType      `json:"type"`
	ID        string                  `json:"id"`
	CallID    *string                 `json:"call_id"`
	Execution ToolSearchExecutionType `json:"execution"`
	Arguments any                     `json:"arguments"`
	Status    FunctionCallStatus      `json:"status"`
	CreatedBy *string                 `json:"created_by,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ToolSearchCall does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ToolSearchCall) GetType() ToolSearchCallType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ToolSearchCall) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ToolSearchCall) GetCallID() *string {
	if o == nil {
		return nil
	}
	return o.CallID
}

func (o *ToolSearchCall) GetExecution() ToolSearchExecutionType {
	if o == nil {
		return ""
	}
	return o.Execution
}

func (o *ToolSearchCall) GetArguments() any {
	if o == nil {
		return nil
	}
	return o.Arguments
}

func (o *ToolSearchCall) GetStatus() FunctionCallStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *ToolSearchCall) GetCreatedBy() *string {
	if o == nil {
		return nil
	}
	return o.CreatedBy
}

func (o *ToolSearchCall) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ToolSearchCall) UnmarshalJSON(data []byte) error {
	return rooted("ToolSearchCall", o.decode(data, "$"))
}

func (o *ToolSearchCall) decode(data []byte, path string) error {
	var out ToolSearchCall
	r := readObject(data, path, "ToolSearchCall")
	readRequired(r, "type", &out.Type, (*ToolSearchCallType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeNullable(decodeString))
	readRequired(r, "execution", &out.Execution, (*ToolSearchExecutionType).decode)
	readRequired(r, "arguments", &out.Arguments, decodeAny)
	readRequired(r, "status", &out.Status, (*FunctionCallStatus).decode)
	readOptional(r, "created_by", &out.CreatedBy, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ToolSearchCall) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("call_id", o.CallID)
	w.value("execution", o.Execution)
	w.value("arguments", o.Arguments)
	w.value("status", o.Status)
	w.valueIf(o.CreatedBy != nil, "created_by", o.CreatedBy)
	return w.finish(o.AdditionalProperties)
}

type ToolSearchCallType string

const (
	ToolSearchCallTypeToolSearchCall ToolSearchCallType = "tool_search_call"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolSearchCallType) ToPointer() *ToolSearchCallType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ToolSearchCallType) UnmarshalJSON(data []byte) error {
	return rooted("ToolSearchCallType", e.decode(data, "$"))
}

func (e *ToolSearchCallType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ToolSearchCallType", ToolSearchCallTypeToolSearchCall)
}
