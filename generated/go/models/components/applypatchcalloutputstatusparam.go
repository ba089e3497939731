// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ApplyPatchCallOutputStatusParam string

const (
	ApplyPatchCallOutputStatusParamCompleted ApplyPatchCallOutputStatusParam = "completed"
	ApplyPatchCallOutputStatusParamFailed    ApplyPatchCallOutputStatusParam = "failed"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchCallOutputStatusParam) ToPointer() *ApplyPatchCallOutputStatusParam {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchCallOutputStatusParam) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchCallOutputStatusParam", e.decode(data, "$"))
}

func (e *ApplyPatchCallOutputStatusParam) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchCallOutputStatusParam", ApplyPatchCallOutputStatusParamCompleted, ApplyPatchCallOutputStatusParamFailed)
}
