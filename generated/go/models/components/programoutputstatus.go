// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ProgramOutputStatus string

const (
	ProgramOutputStatusCompleted  ProgramOutputStatus = "completed"
	ProgramOutputStatusIncomplete ProgramOutputStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e ProgramOutputStatus) ToPointer() *ProgramOutputStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ProgramOutputStatus) UnmarshalJSON(data []byte) error {
	return rooted("ProgramOutputStatus", e.decode(data, "$"))
}

func (e *ProgramOutputStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ProgramOutputStatus", ProgramOutputStatusCompleted, ProgramOutputStatusIncomplete)
}
