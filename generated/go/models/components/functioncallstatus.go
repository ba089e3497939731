// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type FunctionCallStatus string

const (
	FunctionCallStatusInProgress FunctionCallStatus = "in_progress"
	FunctionCallStatusCompleted  FunctionCallStatus = "completed"
	FunctionCallStatusIncomplete FunctionCallStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionCallStatus) ToPointer() *FunctionCallStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionCallStatus) UnmarshalJSON(data []byte) error {
	return rooted("FunctionCallStatus", e.decode(data, "$"))
}

func (e *FunctionCallStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionCallStatus", FunctionCallStatusInProgress, FunctionCallStatusCompleted, FunctionCallStatusIncomplete)
}
