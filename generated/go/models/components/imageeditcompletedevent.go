// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

// ImageEditCompletedEvent - Sent when a streaming image edit has finished and the final image is available.
type ImageEditCompletedEvent struct {
	Type         ImageEditCompletedEventType         `json:"type"`
	B64JSON      string                              `json:"b64_json"`
	CreatedAt    float64                             `json:"created_at"`
	Size         ImageEditCompletedEventSize         `json:"size"`
	Quality      ImageEditCompletedEventQuality      `json:"quality"`
	Background   ImageEditCompletedEventBackground   `json:"background"`
	OutputFormat ImageEditCompletedEventOutputFormat `json:"output_format"`
	Usage        ImagesUsage                         `json:"usage"`
	// AdditionalProperties holds the fields of the JSON object that ImageEditCompletedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImageEditCompletedEvent) GetType() ImageEditCompletedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ImageEditCompletedEvent) GetB64JSON() string {
	if o == nil {
		return ""
	}
	return o.B64JSON
}

func (o *ImageEditCompletedEvent) GetCreatedAt() float64 {
	if o == nil {
		return 0
	}
	return o.CreatedAt
}

func (o *ImageEditCompletedEvent) GetSize() ImageEditCompletedEventSize {
	if o == nil {
		return ""
	}
	return o.Size
}

func (o *ImageEditCompletedEvent) GetQuality() ImageEditCompletedEventQuality {
	if o == nil {
		return ""
	}
	return o.Quality
}

func (o *ImageEditCompletedEvent) GetBackground() ImageEditCompletedEventBackground {
	if o == nil {
		return ""
	}
	return o.Background
}

func (o *ImageEditCompletedEvent) GetOutputFormat() ImageEditCompletedEventOutputFormat {
	if o == nil {
		return ""
	}
	return o.OutputFormat
}

func (o *ImageEditCompletedEvent) GetUsage() ImagesUsage {
	if o == nil {
		return ImagesUsage{}
	}
	return o.Usage
}

func (o *ImageEditCompletedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImageEditCompletedEvent) UnmarshalJSON(data []byte) error {
	return rooted("ImageEditCompletedEvent", o.decode(data, "$"))
}

func (o *ImageEditCompletedEvent) decode(data []byte, path string) error {
	var out ImageEditCompletedEvent
	r := readObject(data, path, "ImageEditCompletedEvent")
	readRequired(r, "type", &out.Type, (*ImageEditCompletedEventType).decode)
	readRequired(r, "b64_json", &out.B64JSON, decodeString)
	readRequired(r, "created_at", &out.CreatedAt, decodeInteger)
	readRequired(r, "size", &out.Size, (*ImageEditCompletedEventSize).decode)
	readRequired(r, "quality", &out.Quality, (*ImageEditCompletedEventQuality).decode)
	readRequired(r, "background", &out.Background, (*ImageEditCompletedEventBackground).decode)
	readRequired(r, "output_format", &out.OutputFormat, (*ImageEditCompletedEventOutputFormat).decode)
	readRequired(r, "usage", &out.Usage, (*ImagesUsage).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImageEditCompletedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("b64_json", o.B64JSON)
	w.value("created_at", o.CreatedAt)
	w.value("size", o.Size)
	w.value("quality", o.Quality)
	w.value("background", o.Background)
	w.value("output_format", o.OutputFormat)
	w.value("usage", o.Usage)
	return w.finish(o.AdditionalProperties)
}

type ImageEditCompletedEventType string

const (
	ImageEditCompletedEventTypeImageEditCompleted ImageEditCompletedEventType = "image_edit.completed"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageEditCompletedEventType) ToPointer() *ImageEditCompletedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageEditCompletedEventType) UnmarshalJSON(data []byte) error {
	return rooted("ImageEditCompletedEventType", e.decode(data, "$"))
}

func (e *ImageEditCompletedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageEditCompletedEventType", ImageEditCompletedEventTypeImageEditCompleted)
}

type ImageEditCompletedEventSize string

const (
	ImageEditCompletedEventSizeOneThousandAndTwentyFourx1024           ImageEditCompletedEventSize = "1024x1024"
	ImageEditCompletedEventSizeOneThousandAndTwentyFourx1536           ImageEditCompletedEventSize = "1024x1536"
	ImageEditCompletedEventSizeOneThousandFiveHundredAndThirtySixx1024 ImageEditCompletedEventSize = "1536x1024"
	ImageEditCompletedEventSizeAuto                                    ImageEditCompletedEventSize = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageEditCompletedEventSize) ToPointer() *ImageEditCompletedEventSize {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageEditCompletedEventSize) UnmarshalJSON(data []byte) error {
	return rooted("ImageEditCompletedEventSize", e.decode(data, "$"))
}

func (e *ImageEditCompletedEventSize) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageEditCompletedEventSize", ImageEditCompletedEventSizeOneThousandAndTwentyFourx1024, ImageEditCompletedEventSizeOneThousandAndTwentyFourx1536, ImageEditCompletedEventSizeOneThousandFiveHundredAndThirtySixx1024, ImageEditCompletedEventSizeAuto)
}

type ImageEditCompletedEventQuality string

const (
	ImageEditCompletedEventQualityLow    ImageEditCompletedEventQuality = "low"
	ImageEditCompletedEventQualityMedium ImageEditCompletedEventQuality = "medium"
	ImageEditCompletedEventQualityHigh   ImageEditCompletedEventQuality = "high"
	ImageEditCompletedEventQualityAuto   ImageEditCompletedEventQuality = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageEditCompletedEventQuality) ToPointer() *ImageEditCompletedEventQuality {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageEditCompletedEventQuality) UnmarshalJSON(data []byte) error {
	return rooted("ImageEditCompletedEventQuality", e.decode(data, "$"))
}

func (e *ImageEditCompletedEventQuality) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageEditCompletedEventQuality", ImageEditCompletedEventQualityLow, ImageEditCompletedEventQualityMedium, ImageEditCompletedEventQualityHigh, ImageEditCompletedEventQualityAuto)
}

type ImageEditCompletedEventBackground string

const (
	ImageEditCompletedEventBackgroundTransparent ImageEditCompletedEventBackground = "transparent"
	ImageEditCompletedEventBackgroundOpaque      ImageEditCompletedEventBackground = "opaque"
	ImageEditCompletedEventBackgroundAuto        ImageEditCompletedEventBackground = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageEditCompletedEventBackground) ToPointer() *ImageEditCompletedEventBackground {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageEditCompletedEventBackground) UnmarshalJSON(data []byte) error {
	return rooted("ImageEditCompletedEventBackground", e.decode(data, "$"))
}

func (e *ImageEditCompletedEventBackground) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageEditCompletedEventBackground", ImageEditCompletedEventBackgroundTransparent, ImageEditCompletedEventBackgroundOpaque, ImageEditCompletedEventBackgroundAuto)
}

type ImageEditCompletedEventOutputFormat string

const (
	ImageEditCompletedEventOutputFormatPng  ImageEditCompletedEventOutputFormat = "png"
	ImageEditCompletedEventOutputFormatWebp ImageEditCompletedEventOutputFormat = "webp"
	ImageEditCompletedEventOutputFormatJpeg ImageEditCompletedEventOutputFormat = "jpeg"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageEditCompletedEventOutputFormat) ToPointer() *ImageEditCompletedEventOutputFormat {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageEditCompletedEventOutputFormat) UnmarshalJSON(data []byte) error {
	return rooted("ImageEditCompletedEventOutputFormat", e.decode(data, "$"))
}

func (e *ImageEditCompletedEventOutputFormat) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageEditCompletedEventOutputFormat", ImageEditCompletedEventOutputFormatPng, ImageEditCompletedEventOutputFormatWebp, ImageEditCompletedEventOutputFormatJpeg)
}
