// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type MCPProtocolError struct {
	Type    MCPProtocolErrorType `json:"type"`
	Code    float64              `json:"code"`
	Message string               `json:"message"`
	// AdditionalProperties holds the fields of the JSON object that MCPProtocolError does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *MCPProtocolError) GetType() MCPProtocolErrorType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *MCPProtocolError) GetCode() float64 {
	if o == nil {
		return 0
	}
	return o.Code
}

func (o *MCPProtocolError) GetMessage() string {
	if o == nil {
		return ""
	}
	return o.Message
}

func (o *MCPProtocolError) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *MCPProtocolError) UnmarshalJSON(data []byte) error {
	return rooted("MCPProtocolError", o.decode(data, "$"))
}

func (o *MCPProtocolError) decode(data []byte, path string) error {
	var out MCPProtocolError
	r := readObject(data, path, "MCPProtocolError")
	readRequired(r, "type", &out.Type, (*MCPProtocolErrorType).decode)
	readRequired(r, "code", &out.Code, decodeInteger)
	readRequired(r, "message", &out.Message, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o MCPProtocolError) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("code", o.Code)
	w.value("message", o.Message)
	return w.finish(o.AdditionalProperties)
}

type MCPProtocolErrorType string

const (
	MCPProtocolErrorTypeMCPProtocolError MCPProtocolErrorType = "mcp_protocol_error"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPProtocolErrorType) ToPointer() *MCPProtocolErrorType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MCPProtocolErrorType) UnmarshalJSON(data []byte) error {
	return rooted("MCPProtocolErrorType", e.decode(data, "$"))
}

func (e *MCPProtocolErrorType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MCPProtocolErrorType", MCPProtocolErrorTypeMCPProtocolError)
}
