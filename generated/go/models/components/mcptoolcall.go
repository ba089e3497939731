// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type MCPToolCall struct {
	Type              MCPToolCallType                    `json:"type"`
	ID                string                             `json:"id"`
	ServerLabel       string                             `json:"server_label"`
	Name              string                             `json:"name"`
	Arguments         string                             `json:"arguments"`
	Output            OptionalNullable[string]           `json:"output,omitempty"`
	ErrorField        OptionalNullable[MCPToolCallError] `json:"error,omitempty"`
	Status            *MCPToolCallStatus                 `json:"status,omitempty"`
	ApprovalRequestID OptionalNullable[string]           `json:"approval_request_id,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that MCPToolCall does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *MCPToolCall) GetType() MCPToolCallType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *MCPToolCall) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *MCPToolCall) GetServerLabel() string {
	if o == nil {
		return ""
	}
	return o.ServerLabel
}

func (o *MCPToolCall) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *MCPToolCall) GetArguments() string {
	if o == nil {
		return ""
	}
	return o.Arguments
}

func (o *MCPToolCall) GetOutput() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Output
}

func (o *MCPToolCall) GetErrorField() OptionalNullable[MCPToolCallError] {
	if o == nil {
		return OptionalNullable[MCPToolCallError]{}
	}
	return o.ErrorField
}

func (o *MCPToolCall) GetStatus() *MCPToolCallStatus {
	if o == nil {
		return nil
	}
	return o.Status
}

func (o *MCPToolCall) GetApprovalRequestID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ApprovalRequestID
}

func (o *MCPToolCall) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *MCPToolCall) UnmarshalJSON(data []byte) error {
	return rooted("MCPToolCall", o.decode(data, "$"))
}

func (o *MCPToolCall) decode(data []byte, path string) error {
	var out MCPToolCall
	r := readObject(data, path, "MCPToolCall")
	readRequired(r, "type", &out.Type, (*MCPToolCallType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "server_label", &out.ServerLabel, decodeString)
	readRequired(r, "name", &out.Name, decodeString)
	readRequired(r, "arguments", &out.Arguments, decodeString)
	readOptionalNullable(r, "output", &out.Output, decodeString)
	readOptionalNullable(r, "error", &out.ErrorField, (*MCPToolCallError).decode)
	readOptional(r, "status", &out.Status, (*MCPToolCallStatus).decode)
	readOptionalNullable(r, "approval_request_id", &out.ApprovalRequestID, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o MCPToolCall) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("server_label", o.ServerLabel)
	w.value("name", o.Name)
	w.value("arguments", o.Arguments)
	w.valueIf(o.Output.IsSet(), "output", o.Output)
	w.valueIf(o.ErrorField.IsSet(), "error", o.ErrorField)
	w.valueIf(o.Status != nil, "status", o.Status)
	w.valueIf(o.ApprovalRequestID.IsSet(), "approval_request_id", o.ApprovalRequestID)
	return w.finish(o.AdditionalProperties)
}

type MCPToolCallType string

const (
	MCPToolCallTypeMCPCall MCPToolCallType = "mcp_call"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPToolCallType) ToPointer() *MCPToolCallType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MCPToolCallType) UnmarshalJSON(data []byte) error {
	return rooted("MCPToolCallType", e.decode(data, "$"))
}

func (e *MCPToolCallType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MCPToolCallType", MCPToolCallTypeMCPCall)
}
