// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type MCPToolExecutionError struct {
	Type    MCPToolExecutionErrorType `json:"type"`
	Content any                       `json:"content"`
	// AdditionalProperties holds the fields of the JSON object that MCPToolExecutionError does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *MCPToolExecutionError) GetType() MCPToolExecutionErrorType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *MCPToolExecutionError) GetContent() any {
	if o == nil {
		return nil
	}
	return o.Content
}

func (o *MCPToolExecutionError) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *MCPToolExecutionError) UnmarshalJSON(data []byte) error {
	return rooted("MCPToolExecutionError", o.decode(data, "$"))
}

func (o *MCPToolExecutionError) decode(data []byte, path string) error {
	var out MCPToolExecutionError
	r := readObject(data, path, "MCPToolExecutionError")
	readRequired(r, "type", &out.Type, (*MCPToolExecutionErrorType).decode)
	readRequired(r, "content", &out.Content, decodeAny)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o MCPToolExecutionError) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("content", o.Content)
	return w.finish(o.AdditionalProperties)
}

type MCPToolExecutionErrorType string

const (
	MCPToolExecutionErrorTypeMCPToolExecutionError MCPToolExecutionErrorType = "mcp_tool_execution_error"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPToolExecutionErrorType) ToPointer() *MCPToolExecutionErrorType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MCPToolExecutionErrorType) UnmarshalJSON(data []byte) error {
	return rooted("MCPToolExecutionErrorType", e.decode(data, "$"))
}

func (e *MCPToolExecutionErrorType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MCPToolExecutionErrorType", MCPToolExecutionErrorTypeMCPToolExecutionError)
}
