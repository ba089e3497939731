// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ImageGenActionEnum string

const (
	ImageGenActionEnumGenerate ImageGenActionEnum = "generate"
	ImageGenActionEnumEdit     ImageGenActionEnum = "edit"
	ImageGenActionEnumAuto     ImageGenActionEnum = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenActionEnum) ToPointer() *ImageGenActionEnum {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenActionEnum) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenActionEnum", e.decode(data, "$"))
}

func (e *ImageGenActionEnum) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenActionEnum", ImageGenActionEnumGenerate, ImageGenActionEnumEdit, ImageGenActionEnumAuto)
}
