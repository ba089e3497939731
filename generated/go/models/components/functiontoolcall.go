// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionToolCall struct {
	ID        *string                          `json:"id,omitempty"`
	Type      FunctionToolCallType             `json:"type"`
	CallID    string                           `json:"call_id"`
	Caller    OptionalNullable[ToolCallCaller] `json:"caller,omitempty"`
	Namespace *string                          `json:"namespace,omitempty"`
	Name      string                           `json:"name"`
	Arguments string                           `json:"arguments"`
	Status    *FunctionToolCallStatus          `json:"status,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FunctionToolCall does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionToolCall) GetID() *string {
	if o == nil {
		return nil
	}
	return o.ID
}

func (o *FunctionToolCall) GetType() FunctionToolCallType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionToolCall) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *FunctionToolCall) GetCaller() OptionalNullable[ToolCallCaller] {
	if o == nil {
		return OptionalNullable[ToolCallCaller]{}
	}
	return o.Caller
}

func (o *FunctionToolCall) GetNamespace() *string {
	if o == nil {
		return nil
	}
	return o.Namespace
}

func (o *FunctionToolCall) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *FunctionToolCall) GetArguments() string {
	if o == nil {
		return ""
	}
	return o.Arguments
}

func (o *FunctionToolCall) GetStatus() *FunctionToolCallStatus {
	if o == nil {
		return nil
	}
	return o.Status
}

func (o *FunctionToolCall) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionToolCall) UnmarshalJSON(data []byte) error {
	return rooted("FunctionToolCall", o.decode(data, "$"))
}

func (o *FunctionToolCall) decode(data []byte, path string) error {
	var out FunctionToolCall
	r := readObject(data, path, "FunctionToolCall")
	readOptional(r, "id", &out.ID, decodeString)
	readRequired(r, "type", &out.Type, (*FunctionToolCallType).decode)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCaller).decode)
	readOptional(r, "namespace", &out.Namespace, decodeString)
	readRequired(r, "name", &out.Name, decodeString)
	readRequired(r, "arguments", &out.Arguments, decodeString)
	readOptional(r, "status", &out.Status, (*FunctionToolCallStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionToolCall) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.ID != nil, "id", o.ID)
	w.value("type", o.Type)
	w.value("call_id", o.CallID)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.valueIf(o.Namespace != nil, "namespace", o.Namespace)
	w.value("name", o.Name)
	w.value("arguments", o.Arguments)
	w.valueIf(o.Status != nil, "status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type FunctionToolCallType string

const (
	FunctionToolCallTypeFunctionCall FunctionToolCallType = "function_call"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionToolCallType) ToPointer() *FunctionToolCallType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionToolCallType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionToolCallType", e.decode(data, "$"))
}

func (e *FunctionToolCallType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionToolCallType", FunctionToolCallTypeFunctionCall)
}

type FunctionToolCallStatus string

const (
	FunctionToolCallStatusInProgress FunctionToolCallStatus = "in_progress"
	FunctionToolCallStatusCompleted  FunctionToolCallStatus = "completed"
	FunctionToolCallStatusIncomplete FunctionToolCallStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionToolCallStatus) ToPointer() *FunctionToolCallStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionToolCallStatus) UnmarshalJSON(data []byte) error {
	return rooted("FunctionToolCallStatus", e.decode(data, "$"))
}

func (e *FunctionToolCallStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionToolCallStatus", FunctionToolCallStatusInProgress, FunctionToolCallStatusCompleted, FunctionToolCallStatusIncomplete)
}
