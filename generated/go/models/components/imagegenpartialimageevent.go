// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

// ImageGenPartialImageEvent - Sent when a partial (preview) image is ready during a streaming image generation.
type ImageGenPartialImageEvent struct {
	// The event type, always `image_generation.partial_image`.
	Type ImageGenPartialImageEventType `json:"type"`
	// The partial image, base64-encoded.
	B64JSON string `json:"b64_json"`
	// When the event was created, in Unix seconds.
	CreatedAt float64 `json:"created_at"`
	// Requested image size.
	Size ImageGenPartialImageEventSize `json:"size"`
	// Requested image quality.
	Quality ImageGenPartialImageEventQuality `json:"quality"`
	// Requested background.
	Background ImageGenPartialImageEventBackground `json:"background"`
	// Requested output format.
	OutputFormat ImageGenPartialImageEventOutputFormat `json:"output_format"`
	// Which partial image this is, counting from 0.
	PartialImageIndex float64 `json:"partial_image_index"`
	// AdditionalProperties holds the fields of the JSON object that ImageGenPartialImageEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImageGenPartialImageEvent) GetType() ImageGenPartialImageEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ImageGenPartialImageEvent) GetB64JSON() string {
	if o == nil {
		return ""
	}
	return o.B64JSON
}

func (o *ImageGenPartialImageEvent) GetCreatedAt() float64 {
	if o == nil {
		return 0
	}
	return o.CreatedAt
}

func (o *ImageGenPartialImageEvent) GetSize() ImageGenPartialImageEventSize {
	if o == nil {
		return ""
	}
	return o.Size
}

func (o *ImageGenPartialImageEvent) GetQuality() ImageGenPartialImageEventQuality {
	if o == nil {
		return ""
	}
	return o.Quality
}

func (o *ImageGenPartialImageEvent) GetBackground() ImageGenPartialImageEventBackground {
	if o == nil {
		return ""
	}
	return o.Background
}

func (o *ImageGenPartialImageEvent) GetOutputFormat() ImageGenPartialImageEventOutputFormat {
	if o == nil {
		return ""
	}
	return o.OutputFormat
}

func (o *ImageGenPartialImageEvent) GetPartialImageIndex() float64 {
	if o == nil {
		return 0
	}
	return o.PartialImageIndex
}

func (o *ImageGenPartialImageEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImageGenPartialImageEvent) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenPartialImageEvent", o.decode(data, "$"))
}

func (o *ImageGenPartialImageEvent) decode(data []byte, path string) error {
	var out ImageGenPartialImageEvent
	r := readObject(data, path, "ImageGenPartialImageEvent")
	readRequired(r, "type", &out.Type, (*ImageGenPartialImageEventType).decode)
	readRequired(r, "b64_json", &out.B64JSON, decodeString)
	readRequired(r, "created_at", &out.CreatedAt, decodeInteger)
	readRequired(r, "size", &out.Size, (*ImageGenPartialImageEventSize).decode)
	readRequired(r, "quality", &out.Quality, (*ImageGenPartialImageEventQuality).decode)
	readRequired(r, "background", &out.Background, (*ImageGenPartialImageEventBackground).decode)
	readRequired(r, "output_format", &out.OutputFormat, (*ImageGenPartialImageEventOutputFormat).decode)
	readRequired(r, "partial_image_index", &out.PartialImageIndex, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImageGenPartialImageEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("b64_json", o.B64JSON)
	w.value("created_at", o.CreatedAt)
	w.value("size", o.Size)
	w.value("quality", o.Quality)
	w.value("background", o.Background)
	w.value("output_format", o.OutputFormat)
	w.value("partial_image_index", o.PartialImageIndex)
	return w.finish(o.AdditionalProperties)
}

// ImageGenPartialImageEventType - The event type, always `image_generation.partial_image`.
type ImageGenPartialImageEventType string

const (
	ImageGenPartialImageEventTypeImageGenerationPartialImage ImageGenPartialImageEventType = "image_generation.partial_image"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenPartialImageEventType) ToPointer() *ImageGenPartialImageEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenPartialImageEventType) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenPartialImageEventType", e.decode(data, "$"))
}

func (e *ImageGenPartialImageEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenPartialImageEventType", ImageGenPartialImageEventTypeImageGenerationPartialImage)
}

// ImageGenPartialImageEventSize - Requested image size.
type ImageGenPartialImageEventSize string

const (
	ImageGenPartialImageEventSizeOneThousandAndTwentyFourx1024           ImageGenPartialImageEventSize = "1024x1024"
	ImageGenPartialImageEventSizeOneThousandAndTwentyFourx1536           ImageGenPartialImageEventSize = "1024x1536"
	ImageGenPartialImageEventSizeOneThousandFiveHundredAndThirtySixx1024 ImageGenPartialImageEventSize = "1536x1024"
	ImageGenPartialImageEventSizeAuto                                    ImageGenPartialImageEventSize = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenPartialImageEventSize) ToPointer() *ImageGenPartialImageEventSize {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenPartialImageEventSize) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenPartialImageEventSize", e.decode(data, "$"))
}

func (e *ImageGenPartialImageEventSize) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenPartialImageEventSize", ImageGenPartialImageEventSizeOneThousandAndTwentyFourx1024, ImageGenPartialImageEventSizeOneThousandAndTwentyFourx1536, ImageGenPartialImageEventSizeOneThousandFiveHundredAndThirtySixx1024, ImageGenPartialImageEventSizeAuto)
}

// ImageGenPartialImageEventQuality - Requested image quality.
type ImageGenPartialImageEventQuality string

const (
	ImageGenPartialImageEventQualityLow    ImageGenPartialImageEventQuality = "low"
	ImageGenPartialImageEventQualityMedium ImageGenPartialImageEventQuality = "medium"
	ImageGenPartialImageEventQualityHigh   ImageGenPartialImageEventQuality = "high"
	ImageGenPartialImageEventQualityAuto   ImageGenPartialImageEventQuality = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenPartialImageEventQuality) ToPointer() *ImageGenPartialImageEventQuality {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenPartialImageEventQuality) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenPartialImageEventQuality", e.decode(data, "$"))
}

func (e *ImageGenPartialImageEventQuality) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenPartialImageEventQuality", ImageGenPartialImageEventQualityLow, ImageGenPartialImageEventQualityMedium, ImageGenPartialImageEventQualityHigh, ImageGenPartialImageEventQualityAuto)
}

// ImageGenPartialImageEventBackground - Requested background.
type ImageGenPartialImageEventBackground string

const (
	ImageGenPartialImageEventBackgroundTransparent ImageGenPartialImageEventBackground = "transparent"
	ImageGenPartialImageEventBackgroundOpaque      ImageGenPartialImageEventBackground = "opaque"
	ImageGenPartialImageEventBackgroundAuto        ImageGenPartialImageEventBackground = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenPartialImageEventBackground) ToPointer() *ImageGenPartialImageEventBackground {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenPartialImageEventBackground) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenPartialImageEventBackground", e.decode(data, "$"))
}

func (e *ImageGenPartialImageEventBackground) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenPartialImageEventBackground", ImageGenPartialImageEventBackgroundTransparent, ImageGenPartialImageEventBackgroundOpaque, ImageGenPartialImageEventBackgroundAuto)
}

// ImageGenPartialImageEventOutputFormat - Requested output format.
type ImageGenPartialImageEventOutputFormat string

const (
	ImageGenPartialImageEventOutputFormatPng  ImageGenPartialImageEventOutputFormat = "png"
	ImageGenPartialImageEventOutputFormatWebp ImageGenPartialImageEventOutputFormat = "webp"
	ImageGenPartialImageEventOutputFormatJpeg ImageGenPartialImageEventOutputFormat = "jpeg"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenPartialImageEventOutputFormat) ToPointer() *ImageGenPartialImageEventOutputFormat {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenPartialImageEventOutputFormat) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenPartialImageEventOutputFormat", e.decode(data, "$"))
}

func (e *ImageGenPartialImageEventOutputFormat) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenPartialImageEventOutputFormat", ImageGenPartialImageEventOutputFormatPng, ImageGenPartialImageEventOutputFormatWebp, ImageGenPartialImageEventOutputFormatJpeg)
}
