// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ApplyPatchCallOutputStatus string

const (
	ApplyPatchCallOutputStatusCompleted ApplyPatchCallOutputStatus = "completed"
	ApplyPatchCallOutputStatusFailed    ApplyPatchCallOutputStatus = "failed"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchCallOutputStatus) ToPointer() *ApplyPatchCallOutputStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchCallOutputStatus) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchCallOutputStatus", e.decode(data, "$"))
}

func (e *ApplyPatchCallOutputStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchCallOutputStatus", ApplyPatchCallOutputStatusCompleted, ApplyPatchCallOutputStatusFailed)
}
