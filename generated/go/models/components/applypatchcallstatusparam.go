// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ApplyPatchCallStatusParam string

const (
	ApplyPatchCallStatusParamInProgress ApplyPatchCallStatusParam = "in_progress"
	ApplyPatchCallStatusParamCompleted  ApplyPatchCallStatusParam = "completed"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchCallStatusParam) ToPointer() *ApplyPatchCallStatusParam {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchCallStatusParam) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchCallStatusParam", e.decode(data, "$"))
}

func (e *ApplyPatchCallStatusParam) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchCallStatusParam", ApplyPatchCallStatusParamInProgress, ApplyPatchCallStatusParamCompleted)
}
