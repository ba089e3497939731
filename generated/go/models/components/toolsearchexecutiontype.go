// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ToolSearchExecutionType string

const (
	ToolSearchExecutionTypeServer ToolSearchExecutionType = "server"
	ToolSearchExecutionTypeClient ToolSearchExecutionType = "client"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolSearchExecutionType) ToPointer() *ToolSearchExecutionType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ToolSearchExecutionType) UnmarshalJSON(data []byte) error {
	return rooted("ToolSearchExecutionType", e.decode(data, "$"))
}

func (e *ToolSearchExecutionType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ToolSearchExecutionType", ToolSearchExecutionTypeServer, ToolSearchExecutionTypeClient)
}
