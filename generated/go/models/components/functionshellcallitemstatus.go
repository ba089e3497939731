// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type FunctionShellCallItemStatus string

const (
	FunctionShellCallItemStatusInProgress FunctionShellCallItemStatus = "in_progress"
	FunctionShellCallItemStatusCompleted  FunctionShellCallItemStatus = "completed"
	FunctionShellCallItemStatusIncomplete FunctionShellCallItemStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallItemStatus) ToPointer() *FunctionShellCallItemStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionShellCallItemStatus) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallItemStatus", e.decode(data, "$"))
}

func (e *FunctionShellCallItemStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionShellCallItemStatus", FunctionShellCallItemStatusInProgress, FunctionShellCallItemStatusCompleted, FunctionShellCallItemStatusIncomplete)
}
