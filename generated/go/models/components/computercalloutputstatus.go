// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ComputerCallOutputStatus string

const (
	ComputerCallOutputStatusCompleted  ComputerCallOutputStatus = "completed"
	ComputerCallOutputStatusIncomplete ComputerCallOutputStatus = "incomplete"
	ComputerCallOutputStatusFailed     ComputerCallOutputStatus = "failed"
)

// ToPointer returns a pointer to a copy of e.
func (e ComputerCallOutputStatus) ToPointer() *ComputerCallOutputStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ComputerCallOutputStatus) UnmarshalJSON(data []byte) error {
	return rooted("ComputerCallOutputStatus", e.decode(data, "$"))
}

func (e *ComputerCallOutputStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ComputerCallOutputStatus", ComputerCallOutputStatusCompleted, ComputerCallOutputStatusIncomplete, ComputerCallOutputStatusFailed)
}
