// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type FunctionShellCallStatus string

const (
	FunctionShellCallStatusInProgress FunctionShellCallStatus = "in_progress"
	FunctionShellCallStatusCompleted  FunctionShellCallStatus = "completed"
	FunctionShellCallStatusIncomplete FunctionShellCallStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallStatus) ToPointer() *FunctionShellCallStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionShellCallStatus) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallStatus", e.decode(data, "$"))
}

func (e *FunctionShellCallStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionShellCallStatus", FunctionShellCallStatusInProgress, FunctionShellCallStatusCompleted, FunctionShellCallStatusIncomplete)
}
