// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

// ImageEditPartialImageEvent - Sent when a partial (preview) image is ready during a streaming image edit.
type ImageEditPartialImageEvent struct {
	Type              ImageEditPartialImageEventType         `json:"type"`
	B64JSON           string                                 `json:"b64_json"`
	CreatedAt         float64                                `json:"created_at"`
	Size              ImageEditPartialImageEventSize         `json:"size"`
	Quality           ImageEditPartialImageEventQuality      `json:"quality"`
	Background        ImageEditPartialImageEventBackground   `json:"background"`
	OutputFormat      ImageEditPartialImageEventOutputFormat `json:"output_format"`
	PartialImageIndex float64                                `json:"partial_image_index"`
	// AdditionalProperties holds the fields of the JSON object that ImageEditPartialImageEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImageEditPartialImageEvent) GetType() ImageEditPartialImageEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ImageEditPartialImageEvent) GetB64JSON() string {
	if o == nil {
		return ""
	}
	return o.B64JSON
}

func (o *ImageEditPartialImageEvent) GetCreatedAt() float64 {
	if o == nil {
		return 0
	}
	return o.CreatedAt
}

func (o *ImageEditPartialImageEvent) GetSize() ImageEditPartialImageEventSize {
	if o == nil {
		return ""
	}
	return o.Size
}

func (o *ImageEditPartialImageEvent) GetQuality() ImageEditPartialImageEventQuality {
	if o == nil {
		return ""
	}
	return o.Quality
}

func (o *ImageEditPartialImageEvent) GetBackground() ImageEditPartialImageEventBackground {
	if o == nil {
		return ""
	}
	return o.Background
}

func (o *ImageEditPartialImageEvent) GetOutputFormat() ImageEditPartialImageEventOutputFormat {
	if o == nil {
		return ""
	}
	return o.OutputFormat
}

func (o *ImageEditPartialImageEvent) GetPartialImageIndex() float64 {
	if o == nil {
		return 0
	}
	return o.PartialImageIndex
}

func (o *ImageEditPartialImageEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImageEditPartialImageEvent) UnmarshalJSON(data []byte) error {
	return rooted("ImageEditPartialImageEvent", o.decode(data, "$"))
}

func (o *ImageEditPartialImageEvent) decode(data []byte, path string) error {
	var out ImageEditPartialImageEvent
	r := readObject(data, path, "ImageEditPartialImageEvent")
	readRequired(r, "type", &out.Type, (*ImageEditPartialImageEventType).decode)
	readRequired(r, "b64_json", &out.B64JSON, decodeString)
	readRequired(r, "created_at", &out.CreatedAt, decodeInteger)
	readRequired(r, "size", &out.Size, (*ImageEditPartialImageEventSize).decode)
	readRequired(r, "quality", &out.Quality, (*ImageEditPartialImageEventQuality).decode)
	readRequired(r, "background", &out.Background, (*ImageEditPartialImageEventBackground).decode)
	readRequired(r, "output_format", &out.OutputFormat, (*ImageEditPartialImageEventOutputFormat).decode)
	readRequired(r, "partial_image_index", &out.PartialImageIndex, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImageEditPartialImageEvent) MarshalJSON() ([]byte, error) {
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

type ImageEditPartialImageEventType string

const (
	ImageEditPartialImageEventTypeImageEditPartialImage ImageEditPartialImageEventType = "image_edit.partial_image"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageEditPartialImageEventType) ToPointer() *ImageEditPartialImageEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageEditPartialImageEventType) UnmarshalJSON(data []byte) error {
	return rooted("ImageEditPartialImageEventType", e.decode(data, "$"))
}

func (e *ImageEditPartialImageEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageEditPartialImageEventType", ImageEditPartialImageEventTypeImageEditPartialImage)
}

type ImageEditPartialImageEventSize string

const (
	ImageEditPartialImageEventSizeOneThousandAndTwentyFourx1024           ImageEditPartialImageEventSize = "1024x1024"
	ImageEditPartialImageEventSizeOneThousandAndTwentyFourx1536           ImageEditPartialImageEventSize = "1024x1536"
	ImageEditPartialImageEventSizeOneThousandFiveHundredAndThirtySixx1024 ImageEditPartialImageEventSize = "1536x1024"
	ImageEditPartialImageEventSizeAuto                                    ImageEditPartialImageEventSize = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageEditPartialImageEventSize) ToPointer() *ImageEditPartialImageEventSize {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageEditPartialImageEventSize) UnmarshalJSON(data []byte) error {
	return rooted("ImageEditPartialImageEventSize", e.decode(data, "$"))
}

func (e *ImageEditPartialImageEventSize) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageEditPartialImageEventSize", ImageEditPartialImageEventSizeOneThousandAndTwentyFourx1024, ImageEditPartialImageEventSizeOneThousandAndTwentyFourx1536, ImageEditPartialImageEventSizeOneThousandFiveHundredAndThirtySixx1024, ImageEditPartialImageEventSizeAuto)
}

type ImageEditPartialImageEventQuality string

const (
	ImageEditPartialImageEventQualityLow    ImageEditPartialImageEventQuality = "low"
	ImageEditPartialImageEventQualityMedium ImageEditPartialImageEventQuality = "medium"
	ImageEditPartialImageEventQualityHigh   ImageEditPartialImageEventQuality = "high"
	ImageEditPartialImageEventQualityAuto   ImageEditPartialImageEventQuality = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageEditPartialImageEventQuality) ToPointer() *ImageEditPartialImageEventQuality {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageEditPartialImageEventQuality) UnmarshalJSON(data []byte) error {
	return rooted("ImageEditPartialImageEventQuality", e.decode(data, "$"))
}

func (e *ImageEditPartialImageEventQuality) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageEditPartialImageEventQuality", ImageEditPartialImageEventQualityLow, ImageEditPartialImageEventQualityMedium, ImageEditPartialImageEventQualityHigh, ImageEditPartialImageEventQualityAuto)
}

type ImageEditPartialImageEventBackground string

const (
	ImageEditPartialImageEventBackgroundTransparent ImageEditPartialImageEventBackground = "transparent"
	ImageEditPartialImageEventBackgroundOpaque      ImageEditPartialImageEventBackground = "opaque"
	ImageEditPartialImageEventBackgroundAuto        ImageEditPartialImageEventBackground = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageEditPartialImageEventBackground) ToPointer() *ImageEditPartialImageEventBackground {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageEditPartialImageEventBackground) UnmarshalJSON(data []byte) error {
	return rooted("ImageEditPartialImageEventBackground", e.decode(data, "$"))
}

func (e *ImageEditPartialImageEventBackground) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageEditPartialImageEventBackground", ImageEditPartialImageEventBackgroundTransparent, ImageEditPartialImageEventBackgroundOpaque, ImageEditPartialImageEventBackgroundAuto)
}

type ImageEditPartialImageEventOutputFormat string

const (
	ImageEditPartialImageEventOutputFormatPng  ImageEditPartialImageEventOutputFormat = "png"
	ImageEditPartialImageEventOutputFormatWebp ImageEditPartialImageEventOutputFormat = "webp"
	ImageEditPartialImageEventOutputFormatJpeg ImageEditPartialImageEventOutputFormat = "jpeg"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageEditPartialImageEventOutputFormat) ToPointer() *ImageEditPartialImageEventOutputFormat {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageEditPartialImageEventOutputFormat) UnmarshalJSON(data []byte) error {
	return rooted("ImageEditPartialImageEventOutputFormat", e.decode(data, "$"))
}

func (e *ImageEditPartialImageEventOutputFormat) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageEditPartialImageEventOutputFormat", ImageEditPartialImageEventOutputFormatPng, ImageEditPartialImageEventOutputFormatWebp, ImageEditPartialImageEventOutputFormatJpeg)
}
