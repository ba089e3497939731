// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ApplyPatchCallStatus string

const (
	ApplyPatchCallStatusInProgress ApplyPatchCallStatus = "in_progress"
	ApplyPatchCallStatusCompleted  ApplyPatchCallStatus = "completed"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchCallStatus) ToPointer() *ApplyPatchCallStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchCallStatus) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchCallStatus", e.decode(data, "$"))
}

func (e *ApplyPatchCallStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchCallStatus", ApplyPatchCallStatusInProgress, ApplyPatchCallStatusCompleted)
}
