// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

// ImagesResponse - The result of an image generation request.
type ImagesResponse struct {
	// When the images were created, in Unix seconds.
	Created float64 `json:"created"`
	// The generated images.
	Data []Image `json:"data,omitempty"`
	// Background the images were generated with.
	Background *ImagesResponseBackground `json:"background,omitempty"`
	// File format of the images.
	OutputFormat *ImagesResponseOutputFormat `json:"output_format,omitempty"`
	// Dimensions of the images.
	Size *ImagesResponseSize `json:"size,omitempty"`
	// Quality the images were generated at.
	Quality *ImagesResponseQuality `json:"quality,omitempty"`
	// Token usage of the request (GPT image models only).
	Usage *ImagesResponseUsage `json:"usage,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ImagesResponse does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImagesResponse) GetCreated() float64 {
	if o == nil {
		return 0
	}
	return o.Created
}

func (o *ImagesResponse) GetData() []Image {
	if o == nil {
		return nil
	}
	return o.Data
}

func (o *ImagesResponse) GetBackground() *ImagesResponseBackground {
	if o == nil {
		return nil
	}
	return o.Background
}

func (o *ImagesResponse) GetOutputFormat() *ImagesResponseOutputFormat {
	if o == nil {
		return nil
	}
	return o.OutputFormat
}

func (o *ImagesResponse) GetSize() *ImagesResponseSize {
	if o == nil {
		return nil
	}
	return o.Size
}

func (o *ImagesResponse) GetQuality() *ImagesResponseQuality {
	if o == nil {
		return nil
	}
	return o.Quality
}

func (o *ImagesResponse) GetUsage() *ImagesResponseUsage {
	if o == nil {
		return nil
	}
	return o.Usage
}

func (o *ImagesResponse) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImagesResponse) UnmarshalJSON(data []byte) error {
	return rooted("ImagesResponse", o.decode(data, "$"))
}

func (o *ImagesResponse) decode(data []byte, path string) error {
	var out ImagesResponse
	r := readObject(data, path, "ImagesResponse")
	readRequired(r, "created", &out.Created, decodeInteger)
	readPresent(r, "data", &out.Data, decodeArray((*Image).decode))
	readOptional(r, "background", &out.Background, (*ImagesResponseBackground).decode)
	readOptional(r, "output_format", &out.OutputFormat, (*ImagesResponseOutputFormat).decode)
	readOptional(r, "size", &out.Size, (*ImagesResponseSize).decode)
	readOptional(r, "quality", &out.Quality, (*ImagesResponseQuality).decode)
	readOptional(r, "usage", &out.Usage, (*ImagesResponseUsage).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImagesResponse) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("created", o.Created)
	w.valueIf(o.Data != nil, "data", o.Data)
	w.valueIf(o.Background != nil, "background", o.Background)
	w.valueIf(o.OutputFormat != nil, "output_format", o.OutputFormat)
	w.valueIf(o.Size != nil, "size", o.Size)
	w.valueIf(o.Quality != nil, "quality", o.Quality)
	w.valueIf(o.Usage != nil, "usage", o.Usage)
	return w.finish(o.AdditionalProperties)
}

// ImagesResponseBackground - Background the images were generated with.
type ImagesResponseBackground string

const (
	ImagesResponseBackgroundTransparent ImagesResponseBackground = "transparent"
	ImagesResponseBackgroundOpaque      ImagesResponseBackground = "opaque"
)

// ToPointer returns a pointer to a copy of e.
func (e ImagesResponseBackground) ToPointer() *ImagesResponseBackground {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImagesResponseBackground) UnmarshalJSON(data []byte) error {
	return rooted("ImagesResponseBackground", e.decode(data, "$"))
}

func (e *ImagesResponseBackground) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImagesResponseBackground", ImagesResponseBackgroundTransparent, ImagesResponseBackgroundOpaque)
}

// ImagesResponseOutputFormat - File format of the images.
type ImagesResponseOutputFormat string

const (
	ImagesResponseOutputFormatPng  ImagesResponseOutputFormat = "png"
	ImagesResponseOutputFormatWebp ImagesResponseOutputFormat = "webp"
	ImagesResponseOutputFormatJpeg ImagesResponseOutputFormat = "jpeg"
)

// ToPointer returns a pointer to a copy of e.
func (e ImagesResponseOutputFormat) ToPointer() *ImagesResponseOutputFormat {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImagesResponseOutputFormat) UnmarshalJSON(data []byte) error {
	return rooted("ImagesResponseOutputFormat", e.decode(data, "$"))
}

func (e *ImagesResponseOutputFormat) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImagesResponseOutputFormat", ImagesResponseOutputFormatPng, ImagesResponseOutputFormatWebp, ImagesResponseOutputFormatJpeg)
}

// ImagesResponseSize - Dimensions of the images.
type ImagesResponseSize string

const (
	ImagesResponseSizeOneThousandAndTwentyFourx1024           ImagesResponseSize = "1024x1024"
	ImagesResponseSizeOneThousandAndTwentyFourx1536           ImagesResponseSize = "1024x1536"
	ImagesResponseSizeOneThousandFiveHundredAndThirtySixx1024 ImagesResponseSize = "1536x1024"
)

// ToPointer returns a pointer to a copy of e.
func (e ImagesResponseSize) ToPointer() *ImagesResponseSize {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImagesResponseSize) UnmarshalJSON(data []byte) error {
	return rooted("ImagesResponseSize", e.decode(data, "$"))
}

func (e *ImagesResponseSize) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImagesResponseSize", ImagesResponseSizeOneThousandAndTwentyFourx1024, ImagesResponseSizeOneThousandAndTwentyFourx1536, ImagesResponseSizeOneThousandFiveHundredAndThirtySixx1024)
}

// ImagesResponseQuality - Quality the images were generated at.
type ImagesResponseQuality string

const (
	ImagesResponseQualityLow    ImagesResponseQuality = "low"
	ImagesResponseQualityMedium ImagesResponseQuality = "medium"
	ImagesResponseQualityHigh   ImagesResponseQuality = "high"
)

// ToPointer returns a pointer to a copy of e.
func (e ImagesResponseQuality) ToPointer() *ImagesResponseQuality {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ImagesResponseQuality) UnmarshalJSON(data []byte) error {
	return rooted("ImagesResponseQuality", e.decode(data, "$"))
}

func (e *ImagesResponseQuality) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ImagesResponseQuality", ImagesResponseQualityLow, ImagesResponseQualityMedium, ImagesResponseQualityHigh)
}

// ImagesResponseUsage - Token usage of the request (GPT image models only).
type ImagesResponseUsage struct {
	// Tokens in the input, text and images together.
	InputTokens float64 `json:"input_tokens"`
	// The input tokens, split by kind.
	InputTokensDetails ImagesResponseUsageInputTokensDetails `json:"input_tokens_details"`
	// Tokens the model produced.
	OutputTokens float64 `json:"output_tokens"`
	// Input and output tokens together.
	TotalTokens float64 `json:"total_tokens"`
	// The output tokens, split by kind.
	OutputTokensDetails *ImagesResponseUsageOutputTokensDetails `json:"output_tokens_details,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ImagesResponseUsage does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImagesResponseUsage) GetInputTokens() float64 {
	if o == nil {
		return 0
	}
	return o.InputTokens
}

func (o *ImagesResponseUsage) GetInputTokensDetails() ImagesResponseUsageInputTokensDetails {
	if o == nil {
		return ImagesResponseUsageInputTokensDetails{}
	}
	return o.InputTokensDetails
}

func (o *ImagesResponseUsage) GetOutputTokens() float64 {
	if o == nil {
		return 0
	}
	return o.OutputTokens
}

func (o *ImagesResponseUsage) GetTotalTokens() float64 {
	if o == nil {
		return 0
	}
	return o.TotalTokens
}

func (o *ImagesResponseUsage) GetOutputTokensDetails() *ImagesResponseUsageOutputTokensDetails {
	if o == nil {
		return nil
	}
	return o.OutputTokensDetails
}

func (o *ImagesResponseUsage) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImagesResponseUsage) UnmarshalJSON(data []byte) error {
	return rooted("ImagesResponseUsage", o.decode(data, "$"))
}

func (o *ImagesResponseUsage) decode(data []byte, path string) error {
	var out ImagesResponseUsage
	r := readObject(data, path, "ImagesResponseUsage")
	readRequired(r, "input_tokens", &out.InputTokens, decodeInteger)
	readRequired(r, "input_tokens_details", &out.InputTokensDetails, (*ImagesResponseUsageInputTokensDetails).decode)
	readRequired(r, "output_tokens", &out.OutputTokens, decodeInteger)
	readRequired(r, "total_tokens", &out.TotalTokens, decodeInteger)
	readOptional(r, "output_tokens_details", &out.OutputTokensDetails, (*ImagesResponseUsageOutputTokensDetails).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImagesResponseUsage) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("input_tokens", o.InputTokens)
	w.value("input_tokens_details", o.InputTokensDetails)
	w.value("output_tokens", o.OutputTokens)
	w.value("total_tokens", o.TotalTokens)
	w.valueIf(o.OutputTokensDetails != nil, "output_tokens_details", o.OutputTokensDetails)
	return w.finish(o.AdditionalProperties)
}

// ImagesResponseUsageInputTokensDetails - The input tokens, split by kind.
type ImagesResponseUsageInputTokensDetails struct {
	// Image tokens in the input.
	ImageTokens float64 `json:"image_tokens"`
	// Text tokens in the input.
	TextTokens float64 `json:"text_tokens"`
	// AdditionalProperties holds the fields of the JSON object that ImagesResponseUsageInputTokensDetails does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImagesResponseUsageInputTokensDetails) GetImageTokens() float64 {
	if o == nil {
		return 0
	}
	return o.ImageTokens
}

func (o *ImagesResponseUsageInputTokensDetails) GetTextTokens() float64 {
	if o == nil {
		return 0
	}
	return o.TextTokens
}

func (o *ImagesResponseUsageInputTokensDetails) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImagesResponseUsageInputTokensDetails) UnmarshalJSON(data []byte) error {
	return rooted("ImagesResponseUsageInputTokensDetails", o.decode(data, "$"))
}

func (o *ImagesResponseUsageInputTokensDetails) decode(data []byte, path string) error {
	var out ImagesResponseUsageInputTokensDetails
	r := readObject(data, path, "ImagesResponseUsageInputTokensDetails")
	readRequired(r, "image_tokens", &out.ImageTokens, decodeInteger)
	readRequired(r, "text_tokens", &out.TextTokens, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImagesResponseUsageInputTokensDetails) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("image_tokens", o.ImageTokens)
	w.value("text_tokens", o.TextTokens)
	return w.finish(o.AdditionalProperties)
}

// ImagesResponseUsageOutputTokensDetails - The output tokens, split by kind.
type ImagesResponseUsageOutputTokensDetails struct {
	// Image tokens in the output.
	ImageTokens float64 `json:"image_tokens"`
	// Text tokens in the output.
	TextTokens float64 `json:"text_tokens"`
	// AdditionalProperties holds the fields of the JSON object that ImagesResponseUsageOutputTokensDetails does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImagesResponseUsageOutputTokensDetails) GetImageTokens() float64 {
	if o == nil {
		return 0
	}
	return o.ImageTokens
}

func (o *ImagesResponseUsageOutputTokensDetails) GetTextTokens() float64 {
	if o == nil {
		return 0
	}
	return o.TextTokens
}

func (o *ImagesResponseUsageOutputTokensDetails) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImagesResponseUsageOutputTokensDetails) UnmarshalJSON(data []byte) error {
	return rooted("ImagesResponseUsageOutputTokensDetails", o.decode(data, "$"))
}

func (o *ImagesResponseUsageOutputTokensDetails) decode(data []byte, path string) error {
	var out ImagesResponseUsageOutputTokensDetails
	r := readObject(data, path, "ImagesResponseUsageOutputTokensDetails")
	readRequired(r, "image_tokens", &out.ImageTokens, decodeInteger)
	readRequired(r, "text_tokens", &out.TextTokens, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImagesResponseUsageOutputTokensDetails) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("image_tokens", o.ImageTokens)
	w.value("text_tokens", o.TextTokens)
	return w.finish(o.AdditionalProperties)
}
