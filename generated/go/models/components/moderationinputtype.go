// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ModerationInputType string

const (
	ModerationInputTypeText  ModerationInputType = "text"
	ModerationInputTypeImage ModerationInputType = "image"
)

// ToPointer returns a pointer to a copy of e.
func (e ModerationInputType) ToPointer() *ModerationInputType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ModerationInputType) UnmarshalJSON(data []byte) error {
	return rooted("ModerationInputType", e.decode(data, "$"))
}

func (e *ModerationInputType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ModerationInputType", ModerationInputTypeText, ModerationInputTypeImage)
}
