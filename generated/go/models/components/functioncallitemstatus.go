// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type FunctionCallItemStatus string

const (
	FunctionCallItemStatusInProgress FunctionCallItemStatus = "in_progress"
	FunctionCallItemStatusCompleted  FunctionCallItemStatus = "completed"
	FunctionCallItemStatusIncomplete FunctionCallItemStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionCallItemStatus) ToPointer() *FunctionCallItemStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionCallItemStatus) UnmarshalJSON(data []byte) error {
	return rooted("FunctionCallItemStatus", e.decode(data, "$"))
}

func (e *FunctionCallItemStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionCallItemStatus", FunctionCallItemStatusInProgress, FunctionCallItemStatusCompleted, FunctionCallItemStatusIncomplete)
}
