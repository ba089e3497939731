// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ImageDetail string

const (
	ImageDetailLow      ImageDetail = "low"
	ImageDetailHigh     ImageDetail = "high"
	ImageDetailAuto     ImageDetail = "auto"
	ImageDetailOriginal ImageDetail = "original"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageDetail) ToPointer() *ImageDetail {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageDetail) UnmarshalJSON(data []byte) error {
	return rooted("ImageDetail", e.decode(data, "$"))
}

func (e *ImageDetail) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageDetail", ImageDetailLow, ImageDetailHigh, ImageDetailAuto, ImageDetailOriginal)
}
