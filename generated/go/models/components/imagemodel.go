// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

// ImageModel - Image models the Images API documents; the API may accept others.
type ImageModel string

const (
	ImageModelDallE2    ImageModel = "dall-e-2"
	ImageModelDallE3    ImageModel = "dall-e-3"
	ImageModelGptImage1 ImageModel = "gpt-image-1"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageModel) ToPointer() *ImageModel {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageModel) UnmarshalJSON(data []byte) error {
	return rooted("ImageModel", e.decode(data, "$"))
}

func (e *ImageModel) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageModel", ImageModelDallE2, ImageModelDallE3, ImageModelGptImage1)
}
