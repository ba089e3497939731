// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type MCPToolCallStatus string

const (
	MCPToolCallStatusInProgress MCPToolCallStatus = "in_progress"
	MCPToolCallStatusCompleted  MCPToolCallStatus = "completed"
	MCPToolCallStatusIncomplete MCPToolCallStatus = "incomplete"
	MCPToolCallStatusCalling    MCPToolCallStatus = "calling"
	MCPToolCallStatusFailed     MCPToolCallStatus = "failed"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPToolCallStatus) ToPointer() *MCPToolCallStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MCPToolCallStatus) UnmarshalJSON(data []byte) error {
	return rooted("MCPToolCallStatus", e.decode(data, "$"))
}

func (e *MCPToolCallStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MCPToolCallStatus", MCPToolCallStatusInProgress, MCPToolCallStatusCompleted, MCPToolCallStatusIncomplete, MCPToolCallStatusCalling, MCPToolCallStatusFailed)
}
