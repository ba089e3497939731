// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CustomToolCall struct {
	Type      CustomToolCallType               `json:"type"`
	ID        *string                          `json:"id,omitempty"`
	CallID    string                           `json:"call_id"`
	Caller    OptionalNullable[ToolCallCaller] `json:"caller,omitempty"`
	Namespace *string                          `json:"namespace,omitempty"`
	Name      string                           `json:"name"`
	Input     string                           `json:"input"`
	// AdditionalProperties holds the fields of the JSON object that CustomToolCall does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CustomToolCall) GetType() CustomToolCallType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CustomToolCall) GetID() *string {
	if o == nil {
		return nil
	}
	return o.ID
}

func (o *CustomToolCall) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *CustomToolCall) GetCaller() OptionalNullable[ToolCallCaller] {
	if o == nil {
		return OptionalNullable[ToolCallCaller]{}
	}
	return o.Caller
}

func (o *CustomToolCall) GetNamespace() *string {
	if o == nil {
		return nil
	}
	return o.Namespace
}

func (o *CustomToolCall) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *CustomToolCall) GetInput() string {
	if o == nil {
		return ""
	}
	return o.Input
}

func (o *CustomToolCall) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CustomToolCall) UnmarshalJSON(data []byte) error {
	return rooted("CustomToolCall", o.decode(data, "$"))
}

func (o *CustomToolCall) decode(data []byte, path string) error {
	var out CustomToolCall
	r := readObject(data, path, "CustomToolCall")
	readRequired(r, "type", &out.Type, (*CustomToolCallType).decode)
	readOptional(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCaller).decode)
	readOptional(r, "namespace", &out.Namespace, decodeString)
	readRequired(r, "name", &out.Name, decodeString)
	readRequired(r, "input", &out.Input, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CustomToolCall) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.ID != nil, "id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.valueIf(o.Namespace != nil, "namespace", o.Namespace)
	w.value("name", o.Name)
	w.value("input", o.Input)
	return w.finish(o.AdditionalProperties)
}

type CustomToolCallType string

const (
	CustomToolCallTypeCustomToolCall CustomToolCallType = "custom_tool_call"
)

// ToPointer returns a pointer to a copy of e.
func (e CustomToolCallType) ToPointer() *CustomToolCallType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CustomToolCallType) UnmarshalJSON(data []byte) error {
	return rooted("CustomToolCallType", e.decode(data, "$"))
}

func (e *CustomToolCallType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CustomToolCallType", CustomToolCallTypeCustomToolCall)
}
