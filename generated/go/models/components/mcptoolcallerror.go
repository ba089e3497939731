// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type MCPToolCallError struct {
	MCPProtocolError      *MCPProtocolError
	MCPToolExecutionError *MCPToolExecutionError
	HTTPError             *HTTPError
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type MCPToolCallErrorType
}

// MCPToolCallErrorType - the `type` values of the MCPToolCallError members; a value not
// listed here is that of an unknown member.
type MCPToolCallErrorType string

const (
	MCPToolCallErrorTypeMCPProtocolError      MCPToolCallErrorType = "mcp_protocol_error"
	MCPToolCallErrorTypeMCPToolExecutionError MCPToolCallErrorType = "mcp_tool_execution_error"
	MCPToolCallErrorTypeHTTPError             MCPToolCallErrorType = "http_error"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPToolCallErrorType) ToPointer() *MCPToolCallErrorType {
	return &e
}

// CreateMCPToolCallErrorMCPProtocolError wraps v in the union, setting its `type`.
func CreateMCPToolCallErrorMCPProtocolError(v MCPProtocolError) MCPToolCallError {
	typ := MCPToolCallErrorTypeMCPProtocolError
	v.Type = MCPProtocolErrorType(typ)
	return MCPToolCallError{MCPProtocolError: &v, Type: typ}
}

// CreateMCPToolCallErrorMCPToolExecutionError wraps v in the union, setting its `type`.
func CreateMCPToolCallErrorMCPToolExecutionError(v MCPToolExecutionError) MCPToolCallError {
	typ := MCPToolCallErrorTypeMCPToolExecutionError
	v.Type = MCPToolExecutionErrorType(typ)
	return MCPToolCallError{MCPToolExecutionError: &v, Type: typ}
}

// CreateMCPToolCallErrorHTTPError wraps v in the union, setting its `type`.
func CreateMCPToolCallErrorHTTPError(v HTTPError) MCPToolCallError {
	typ := MCPToolCallErrorTypeHTTPError
	v.Type = HTTPErrorType(typ)
	return MCPToolCallError{HTTPError: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u MCPToolCallError) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *MCPToolCallError) UnmarshalJSON(data []byte) error {
	return rooted("MCPToolCallError", u.decode(data, "$"))
}

func (u *MCPToolCallError) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "MCPToolCallError", "type")
	if err != nil {
		return err
	}
	switch MCPToolCallErrorType(tag) {
	case MCPToolCallErrorTypeMCPProtocolError:
		var v MCPProtocolError
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateMCPToolCallErrorMCPProtocolError(v)
	case MCPToolCallErrorTypeMCPToolExecutionError:
		var v MCPToolExecutionError
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateMCPToolCallErrorMCPToolExecutionError(v)
	case MCPToolCallErrorTypeHTTPError:
		var v HTTPError
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateMCPToolCallErrorHTTPError(v)
	default:
		*u = MCPToolCallError{Unknown: append(json.RawMessage(nil), data...), Type: MCPToolCallErrorType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u MCPToolCallError) MarshalJSON() ([]byte, error) {
	switch {
	case u.MCPProtocolError != nil:
		return marshal(u.MCPProtocolError)
	case u.MCPToolExecutionError != nil:
		return marshal(u.MCPToolExecutionError)
	case u.HTTPError != nil:
		return marshal(u.HTTPError)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("MCPToolCallError")
}
