// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

// ImageGenCompletedEvent - Sent when a streaming image generation has finished and the final image is available.
type ImageGenCompletedEvent struct {
	// The event type, always `image_generation.completed`.
	Type ImageGenCompletedEventType `json:"type"`
	// The final image, base64-encoded.
	B64JSON string `json:"b64_json"`
	// When the event was created, in Unix seconds.
	CreatedAt float64 `json:"created_at"`
	// Size of the generated image.
	Size ImageGenCompletedEventSize `json:"size"`
	// Quality of the generated image.
	Quality ImageGenCompletedEventQuality `json:"quality"`
	// Background of the generated image.
	Background ImageGenCompletedEventBackground `json:"background"`
	// Output format of the generated image.
	OutputFormat ImageGenCompletedEventOutputFormat `json:"output_format"`
	// Token usage of the generation.
	Usage ImageGenCompletedEventUsage `json:"usage"`
	// AdditionalProperties holds the fields of the JSON object that ImageGenCompletedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImageGenCompletedEvent) GetType() ImageGenCompletedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ImageGenCompletedEvent) GetB64JSON() string {
	if o == nil {
		return ""
	}
	return o.B64JSON
}

func (o *ImageGenCompletedEvent) GetCreatedAt() float64 {
	if o == nil {
		return 0
	}
	return o.CreatedAt
}

func (o *ImageGenCompletedEvent) GetSize() ImageGenCompletedEventSize {
	if o == nil {
		return ""
	}
	return o.Size
}

func (o *ImageGenCompletedEvent) GetQuality() ImageGenCompletedEventQuality {
	if o == nil {
		return ""
	}
	return o.Quality
}

func (o *ImageGenCompletedEvent) GetBackground() ImageGenCompletedEventBackground {
	if o == nil {
		return ""
	}
	return o.Background
}

func (o *ImageGenCompletedEvent) GetOutputFormat() ImageGenCompletedEventOutputFormat {
	if o == nil {
		return ""
	}
	return o.OutputFormat
}

func (o *ImageGenCompletedEvent) GetUsage() ImageGenCompletedEventUsage {
	if o == nil {
		return ImageGenCompletedEventUsage{}
	}
	return o.Usage
}

func (o *ImageGenCompletedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImageGenCompletedEvent) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenCompletedEvent", o.decode(data, "$"))
}

func (o *ImageGenCompletedEvent) decode(data []byte, path string) error {
	var out ImageGenCompletedEvent
	r := readObject(data, path, "ImageGenCompletedEvent")
	readRequired(r, "type", &out.Type, (*ImageGenCompletedEventType).decode)
	readRequired(r, "b64_json", &out.B64JSON, decodeString)
	readRequired(r, "created_at", &out.CreatedAt, decodeInteger)
	readRequired(r, "size", &out.Size, (*ImageGenCompletedEventSize).decode)
	readRequired(r, "quality", &out.Quality, (*ImageGenCompletedEventQuality).decode)
	readRequired(r, "background", &out.Background, (*ImageGenCompletedEventBackground).decode)
	readRequired(r, "output_format", &out.OutputFormat, (*ImageGenCompletedEventOutputFormat).decode)
	readRequired(r, "usage", &out.Usage, (*ImageGenCompletedEventUsage).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImageGenCompletedEvent) MarshalJSON() ([]byte, error) {
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

// ImageGenCompletedEventType - The event type, always `image_generation.completed`.
type ImageGenCompletedEventType string

const (
	ImageGenCompletedEventTypeImageGenerationCompleted ImageGenCompletedEventType = "image_generation.completed"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenCompletedEventType) ToPointer() *ImageGenCompletedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenCompletedEventType) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenCompletedEventType", e.decode(data, "$"))
}

func (e *ImageGenCompletedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenCompletedEventType", ImageGenCompletedEventTypeImageGenerationCompleted)
}

// ImageGenCompletedEventSize - Size of the generated image.
type ImageGenCompletedEventSize string

const (
	ImageGenCompletedEventSizeOneThousandAndTwentyFourx1024           ImageGenCompletedEventSize = "1024x1024"
	ImageGenCompletedEventSizeOneThousandAndTwentyFourx1536           ImageGenCompletedEventSize = "1024x1536"
	ImageGenCompletedEventSizeOneThousandFiveHundredAndThirtySixx1024 ImageGenCompletedEventSize = "1536x1024"
	ImageGenCompletedEventSizeAuto                                    ImageGenCompletedEventSize = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenCompletedEventSize) ToPointer() *ImageGenCompletedEventSize {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenCompletedEventSize) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenCompletedEventSize", e.decode(data, "$"))
}

func (e *ImageGenCompletedEventSize) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenCompletedEventSize", ImageGenCompletedEventSizeOneThousandAndTwentyFourx1024, ImageGenCompletedEventSizeOneThousandAndTwentyFourx1536, ImageGenCompletedEventSizeOneThousandFiveHundredAndThirtySixx1024, ImageGenCompletedEventSizeAuto)
}

// ImageGenCompletedEventQuality - Quality of the generated image.
type ImageGenCompletedEventQuality string

const (
	ImageGenCompletedEventQualityLow    ImageGenCompletedEventQuality = "low"
	ImageGenCompletedEventQualityMedium ImageGenCompletedEventQuality = "medium"
	ImageGenCompletedEventQualityHigh   ImageGenCompletedEventQuality = "high"
	ImageGenCompletedEventQualityAuto   ImageGenCompletedEventQuality = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenCompletedEventQuality) ToPointer() *ImageGenCompletedEventQuality {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenCompletedEventQuality) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenCompletedEventQuality", e.decode(data, "$"))
}

func (e *ImageGenCompletedEventQuality) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenCompletedEventQuality", ImageGenCompletedEventQualityLow, ImageGenCompletedEventQualityMedium, ImageGenCompletedEventQualityHigh, ImageGenCompletedEventQualityAuto)
}

// ImageGenCompletedEventBackground - Background of the generated image.
type ImageGenCompletedEventBackground string

const (
	ImageGenCompletedEventBackgroundTransparent ImageGenCompletedEventBackground = "transparent"
	ImageGenCompletedEventBackgroundOpaque      ImageGenCompletedEventBackground = "opaque"
	ImageGenCompletedEventBackgroundAuto        ImageGenCompletedEventBackground = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenCompletedEventBackground) ToPointer() *ImageGenCompletedEventBackground {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenCompletedEventBackground) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenCompletedEventBackground", e.decode(data, "$"))
}

func (e *ImageGenCompletedEventBackground) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenCompletedEventBackground", ImageGenCompletedEventBackgroundTransparent, ImageGenCompletedEventBackgroundOpaque, ImageGenCompletedEventBackgroundAuto)
}

// ImageGenCompletedEventOutputFormat - Output format of the generated image.
type ImageGenCompletedEventOutputFormat string

const (
	ImageGenCompletedEventOutputFormatPng  ImageGenCompletedEventOutputFormat = "png"
	ImageGenCompletedEventOutputFormatWebp ImageGenCompletedEventOutputFormat = "webp"
	ImageGenCompletedEventOutputFormatJpeg ImageGenCompletedEventOutputFormat = "jpeg"
)

// ToPointer returns a pointer to a copy of e.
func (e ImageGenCompletedEventOutputFormat) ToPointer() *ImageGenCompletedEventOutputFormat {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImageGenCompletedEventOutputFormat) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenCompletedEventOutputFormat", e.decode(data, "$"))
}

func (e *ImageGenCompletedEventOutputFormat) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImageGenCompletedEventOutputFormat", ImageGenCompletedEventOutputFormatPng, ImageGenCompletedEventOutputFormatWebp, ImageGenCompletedEventOutputFormatJpeg)
}

// ImageGenCompletedEventUsage - Token usage of the generation.
type ImageGenCompletedEventUsage struct {
	// Tokens in the input, text and images together.
	InputTokens float64 `json:"input_tokens"`
	// The input tokens, split by kind.
	InputTokensDetails ImageGenCompletedEventUsageInputTokensDetails `json:"input_tokens_details"`
	// Tokens the model produced.
	OutputTokens float64 `json:"output_tokens"`
	// Input and output tokens together.
	TotalTokens float64 `json:"total_tokens"`
	// AdditionalProperties holds the fields of the JSON object that ImageGenCompletedEventUsage does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImageGenCompletedEventUsage) GetInputTokens() float64 {
	if o == nil {
		return 0
	}
	return o.InputTokens
}

func (o *ImageGenCompletedEventUsage) GetInputTokensDetails() ImageGenCompletedEventUsageInputTokensDetails {
	if o == nil {
		return ImageGenCompletedEventUsageInputTokensDetails{}
	}
	return o.InputTokensDetails
}

func (o *ImageGenCompletedEventUsage) GetOutputTokens() float64 {
	if o == nil {
		return 0
	}
	return o.OutputTokens
}

func (o *ImageGenCompletedEventUsage) GetTotalTokens() float64 {
	if o == nil {
		return 0
	}
	return o.TotalTokens
}

func (o *ImageGenCompletedEventUsage) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImageGenCompletedEventUsage) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenCompletedEventUsage", o.decode(data, "$"))
}

func (o *ImageGenCompletedEventUsage) decode(data []byte, path string) error {
	var out ImageGenCompletedEventUsage
	r := readObject(data, path, "ImageGenCompletedEventUsage")
	readRequired(r, "input_tokens", &out.InputTokens, decodeInteger)
	readRequired(r, "input_tokens_details", &out.InputTokensDetails, (*ImageGenCompletedEventUsageInputTokensDetails).decode)
	readRequired(r, "output_tokens", &out.OutputTokens, decodeInteger)
	readRequired(r, "total_tokens", &out.TotalTokens, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImageGenCompletedEventUsage) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("input_tokens", o.InputTokens)
	w.value("input_tokens_details", o.InputTokensDetails)
	w.value("output_tokens", o.OutputTokens)
	w.value("total_tokens", o.TotalTokens)
	return w.finish(o.AdditionalProperties)
}

// ImageGenCompletedEventUsageInputTokensDetails - The input tokens, split by kind.
type ImageGenCompletedEventUsageInputTokensDetails struct {
	// Image tokens in the input.
	ImageTokens float64 `json:"image_tokens"`
	// Text tokens in the input.
	TextTokens float64 `json:"text_tokens"`
	// AdditionalProperties holds the fields of the JSON object that ImageGenCompletedEventUsageInputTokensDetails does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImageGenCompletedEventUsageInputTokensDetails) GetImageTokens() float64 {
	if o == nil {
		return 0
	}
	return o.ImageTokens
}

func (o *ImageGenCompletedEventUsageInputTokensDetails) GetTextTokens() float64 {
	if o == nil {
		return 0
	}
	return o.TextTokens
}

func (o *ImageGenCompletedEventUsageInputTokensDetails) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImageGenCompletedEventUsageInputTokensDetails) UnmarshalJSON(data []byte) error {
	return rooted("ImageGenCompletedEventUsageInputTokensDetails", o.decode(data, "$"))
}

func (o *ImageGenCompletedEventUsageInputTokensDetails) decode(data []byte, path string) error {
	var out ImageGenCompletedEventUsageInputTokensDetails
	r := readObject(data, path, "ImageGenCompletedEventUsageInputTokensDetails")
	readRequired(r, "image_tokens", &out.ImageTokens, decodeInteger)
	readRequired(r, "text_tokens", &out.TextTokens, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImageGenCompletedEventUsageInputTokensDetails) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("image_tokens", o.ImageTokens)
	w.value("text_tokens", o.TextTokens)
	return w.finish(o.AdditionalProperties)
}
