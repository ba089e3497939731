// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ProgramOutputItemStatus string

const (
	ProgramOutputItemStatusCompleted  ProgramOutputItemStatus = "completed"
	ProgramOutputItemStatusIncomplete ProgramOutputItemStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e ProgramOutputItemStatus) ToPointer() *ProgramOutputItemStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ProgramOutputItemStatus) UnmarshalJSON(data []byte) error {
	return rooted("ProgramOutputItemStatus", e.decode(data, "$"))
}

func (e *ProgramOutputItemStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ProgramOutputItemStatus", ProgramOutputItemStatusCompleted, ProgramOutputItemStatusIncomplete)
}
