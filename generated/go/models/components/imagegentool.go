// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ImageGenTool struct {
	Type              ImageGenToolType                `json:"type"`
	Model             *ImageGenToolModel              `json:"model,omitempty"`
	Quality           *ImageGenToolQuality            `json:"quality,omitempty"`
	Size              *ImageGenToolSize               `json:"size,omitempty"`
	OutputFormat      *ImageGenToolOutputFormat       `json:"output_format,omitempty"`
	OutputCompression *float64                        `json:"output_compression,omitempty"`
	Moderation        *ImageGenToolModeration         `json:"moderation,omitempty"`
	Background        *ImageGenToolBackground         `json:"background,omitempty"`
	InputFidelity     OptionalNullable[InputFidelity] `json:"input_fidelity,omitempty"`
	InputImageMask    *ImageGenToolInputImageMask     `json:"input_image_mask,omitempty"`
	PartialImages     *float64                        `json:"partial_images,omitempty"`
	Action            *ImageGenActionEnum             `json:"action,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ImageGenTool does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImageGenTool) GetType() ImageGenToolType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ImageGenTool) GetModel() *ImageGenToolModel {
	if o == nil {
		return nil
	}
	return o.Model
}

func (o *ImageGenTool) GetQuality() *ImageGenToolQuality {
	if o == nil {
		return nil
	}
	return o.Quality
}

func (o *ImageGenTool) GetSize() *ImageGenToolSize {
	if o == nil {
		return nil
	}
	return o.Size
}

func (o *ImageGenTool) GetOutputFormat() *ImageGenToolOutputFormat {
	if o == nil {
		return nil
	}
	return o.OutputFormat
}

func (o *ImageGenTool) GetOutputCompression() *float64 {
	if o == nil {
		return nil
	}
	return o.OutputCompression
}

func (o *ImageGenTool) GetModeration() *ImageGenToolModeration {
	if o == nil {
		return nil
	}
	return o.Moderation
}

func (o *ImageGenTool) GetBackground() *ImageGenToolBackground {
	if o == nil {
		return nil
	}
	return o.Background
}

func (o *ImageGenTool) GetInputFidelity() OptionalNullable[InputFidelity] {
	if o == nil {
		return OptionalNullable[InputFidelity]{}
	}
	return o.InputFidelity
}

func (o *ImageGenTool) GetInputImageMask() *ImageGenToolInputImageMask {
	if o == nil {
		return nil
	}
	return o.InputImageMask
}

func (o *ImageGenTool) GetPartialImages() *float64 {
	if o == nil {
		return nil
	}
	return o.PartialImages
}

func (o *ImageGenTool) GetAction() *ImageGenActionEnum {
	if o == nil {
		return nil
	}
	return o.Action
}

func (o *ImageGenTool) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImageGenTool) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenTool", o.decode(data, "$"))
}

func (o *ImageGenTool) decode(data []byte, path string) error {
	var out ImageGenTool
	r := readObject(data, path, "ImageGenTool")
	readRequired(r, "type", &out.Type, (*ImageGenToolType).decode)
	readOptional(r, "model", &out.Model, decodeOpenEnum[ImageGenToolModel])
	readOptional(r, "quality", &out.Quality, (*ImageGenToolQuality).decode)
	readOptional(r, "size", &out.Size, decodeOpenEnum[ImageGenToolSize])
	readOptional(r, "output_format", &out.OutputFormat, (*ImageGenToolOutputFormat).decode)
	readOptional(r, "output_compression", &out.OutputCompression, bounded(decodeInteger, limits{hasMin: true, min: 0, hasMax: true, max: 100}))
	readOptional(r, "moderation", &out.Moderation, (*ImageGenToolModeration).decode)
	readOptional(r, "background", &out.Background, (*ImageGenToolBackground).decode)
	readOptionalNullable(r, "input_fidelity", &out.InputFidelity, (*InputFidelity).decode)
	readOptional(r, "input_image_mask", &out.InputImageMask, (*ImageGenToolInputImageMask).decode)
	readOptional(r, "partial_images", &out.PartialImages, bounded(decodeInteger, limits{hasMin: true, min: 0, hasMax: true, max: 3}))
	readOptional(r, "action", &out.Action, (*ImageGenActionEnum).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImageGenTool) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.Model != nil, "model", o.Model)
	w.valueIf(o.Quality != nil, "quality", o.Quality)
	w.valueIf(o.Size != nil, "size", o.Size)
	w.valueIf(o.OutputFormat != nil, "output_format", o.OutputFormat)
	w.valueIf(o.OutputCompression != nil, "output_compression", o.OutputCompression)
	w.valueIf(o.Moderation != nil, "moderation", o.Moderation)
	w.valueIf(o.Background != nil, "background", o.Background)
	w.valueIf(o.InputFidelity.IsSet(), "input_fidelity", o.InputFidelity)
	w.valueIf(o.InputImageMask != nil, "input_image_mask", o.InputImageMask)
	w.valueIf(o.PartialImages != nil, "partial_images", o.PartialImages)
	w.valueIf(o.Action != nil, "action", o.Action)
	return w.finish(o.AdditionalProperties)
}

type ImageGenToolType string

const (
	ImageGenToolTypeImageGeneration ImageGenToolType = "image_generation"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenToolType) ToPointer() *ImageGenToolType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenToolType) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenToolType", e.decode(data, "$"))
}

func (e *ImageGenToolType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenToolType", ImageGenToolTypeImageGeneration)
}

type ImageGenToolModel string

const (
	ImageGenToolModelGptImage1         ImageGenToolModel = "gpt-image-1"
	ImageGenToolModelGptImage1Mini     ImageGenToolModel = "gpt-image-1-mini"
	ImageGenToolModelGptImage15        ImageGenToolModel = "gpt-image-1.5"
	ImageGenToolModelGptImage2         ImageGenToolModel = "gpt-image-2"
	ImageGenToolModelGptImage220260421 ImageGenToolModel = "gpt-image-2-2026-04-21"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenToolModel) ToPointer() *ImageGenToolModel {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenToolModel) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenToolModel", e.decode(data, "$"))
}

func (e *ImageGenToolModel) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenToolModel", ImageGenToolModelGptImage1, ImageGenToolModelGptImage1Mini, ImageGenToolModelGptImage15, ImageGenToolModelGptImage2, ImageGenToolModelGptImage220260421)
}

type ImageGenToolQuality string

const (
	ImageGenToolQualityLow    ImageGenToolQuality = "low"
	ImageGenToolQualityMedium ImageGenToolQuality = "medium"
	ImageGenToolQualityHigh   ImageGenToolQuality = "high"
	ImageGenToolQualityAuto   ImageGenToolQuality = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenToolQuality) ToPointer() *ImageGenToolQuality {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenToolQuality) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenToolQuality", e.decode(data, "$"))
}

func (e *ImageGenToolQuality) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenToolQuality", ImageGenToolQualityLow, ImageGenToolQualityMedium, ImageGenToolQualityHigh, ImageGenToolQualityAuto)
}

type ImageGenToolSize string

const (
	ImageGenToolSizeOneThousandAndTwentyFourx1024           ImageGenToolSize = "1024x1024"
	ImageGenToolSizeOneThousandAndTwentyFourx1536           ImageGenToolSize = "1024x1536"
	ImageGenToolSizeOneThousandFiveHundredAndThirtySixx1024 ImageGenToolSize = "1536x1024"
	ImageGenToolSizeAuto                                    ImageGenToolSize = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenToolSize) ToPointer() *ImageGenToolSize {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenToolSize) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenToolSize", e.decode(data, "$"))
}

func (e *ImageGenToolSize) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenToolSize", ImageGenToolSizeOneThousandAndTwentyFourx1024, ImageGenToolSizeOneThousandAndTwentyFourx1536, ImageGenToolSizeOneThousandFiveHundredAndThirtySixx1024, ImageGenToolSizeAuto)
}

type ImageGenToolOutputFormat string

const (
	ImageGenToolOutputFormatPng  ImageGenToolOutputFormat = "png"
	ImageGenToolOutputFormatWebp ImageGenToolOutputFormat = "webp"
	ImageGenToolOutputFormatJpeg ImageGenToolOutputFormat = "jpeg"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenToolOutputFormat) ToPointer() *ImageGenToolOutputFormat {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenToolOutputFormat) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenToolOutputFormat", e.decode(data, "$"))
}

func (e *ImageGenToolOutputFormat) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenToolOutputFormat", ImageGenToolOutputFormatPng, ImageGenToolOutputFormatWebp, ImageGenToolOutputFormatJpeg)
}

type ImageGenToolModeration string

const (
	ImageGenToolModerationAuto ImageGenToolModeration = "auto"
	ImageGenToolModerationLow  ImageGenToolModeration = "low"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenToolModeration) ToPointer() *ImageGenToolModeration {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenToolModeration) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenToolModeration", e.decode(data, "$"))
}

func (e *ImageGenToolModeration) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenToolModeration", ImageGenToolModerationAuto, ImageGenToolModerationLow)
}

type ImageGenToolBackground string

const (
	ImageGenToolBackgroundTransparent ImageGenToolBackground = "transparent"
	ImageGenToolBackgroundOpaque      ImageGenToolBackground = "opaque"
	ImageGenToolBackgroundAuto        ImageGenToolBackground = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenToolBackground) ToPointer() *ImageGenToolBackground {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenToolBackground) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenToolBackground", e.decode(data, "$"))
}

func (e *ImageGenToolBackground) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenToolBackground", ImageGenToolBackgroundTransparent, ImageGenToolBackgroundOpaque, ImageGenToolBackgroundAuto)
}

type ImageGenToolInputImageMask struct {
	ImageURL *string `json:"image_url,omitempty"`
	FileID   *string `json:"file_id,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ImageGenToolInputImageMask does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImageGenToolInputImageMask) GetImageURL() *string {
	if o == nil {
		return nil
	}
	return o.ImageURL
}

func (o *ImageGenToolInputImageMask) GetFileID() *string {
	if o == nil {
		return nil
	}
	return o.FileID
}

func (o *ImageGenToolInputImageMask) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImageGenToolInputImageMask) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenToolInputImageMask", o.decode(data, "$"))
}

func (o *ImageGenToolInputImageMask) decode(data []byte, path string) error {
	var out ImageGenToolInputImageMask
	r := readObject(data, path, "ImageGenToolInputImageMask")
	readOptional(r, "image_url", &out.ImageURL, decodeString)
	readOptional(r, "file_id", &out.FileID, decodeString)
	if err := r.finishClosed(); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImageGenToolInputImageMask) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.ImageURL != nil, "image_url", o.ImageURL)
	w.valueIf(o.FileID != nil, "file_id", o.FileID)
	return w.finish(o.AdditionalProperties)
}
