// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

// CreateImageRequest - What to generate and how; only `prompt` is required.
type CreateImageRequest struct {
	// Text description of the image(s) to create.
	Prompt string `json:"prompt"`
	// Model to generate with; one of the ImageModel values or another model name.
	Model OptionalNullable[ImageModel] `json:"model,omitempty"`
	// How many images to generate, from 1 to 10 (dall-e-3 supports only 1).
	N OptionalNullable[float64] `json:"n,omitempty"`
	// Quality level; which values apply depends on the model.
	Quality *CreateImageRequestQuality `json:"quality,omitempty"`
	// Return images as URLs or as base64 JSON (dall-e models only; GPT image models always return base64).
	ResponseFormat OptionalNullable[CreateImageRequestResponseFormat] `json:"response_format,omitempty"`
	// Dimensions of the generated images; which sizes apply depends on the model.
	Size OptionalNullable[CreateImageRequestSize] `json:"size,omitempty"`
	// Rendering style (dall-e-3 only).
	Style OptionalNullable[CreateImageRequestStyle] `json:"style,omitempty"`
	// Background of the generated images (GPT image models only).
	Background OptionalNullable[CreateImageRequestBackground] `json:"background,omitempty"`
	// File format of the generated images (GPT image models only).
	OutputFormat OptionalNullable[CreateImageRequestOutputFormat] `json:"output_format,omitempty"`
	// Compression level in percent for jpeg and webp output (GPT image models only).
	OutputCompression OptionalNullable[float64] `json:"output_compression,omitempty"`
	// How many partial images to stream before the final one, from 0 to 3.
	PartialImages OptionalNullable[float64] `json:"partial_images,omitempty"`
	// Stream partial images as they are produced instead of returning one response.
	Stream OptionalNullable[bool] `json:"stream,omitempty"`
	// Strictness of content moderation (GPT image models only).
	Moderation OptionalNullable[CreateImageRequestModeration] `json:"moderation,omitempty"`
	// A stable identifier for your end user, to help detect abuse.
	User *string `json:"user,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that CreateImageRequest does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CreateImageRequest) GetPrompt() string {
	if o == nil {
		return ""
	}
	return o.Prompt
}

func (o *CreateImageRequest) GetModel() OptionalNullable[ImageModel] {
	if o == nil {
		return OptionalNullable[ImageModel]{}
	}
	return o.Model
}

func (o *CreateImageRequest) GetN() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.N
}

func (o *CreateImageRequest) GetQuality() *CreateImageRequestQuality {
	if o == nil {
		return nil
	}
	return o.Quality
}

func (o *CreateImageRequest) GetResponseFormat() OptionalNullable[CreateImageRequestResponseFormat] {
	if o == nil {
		return OptionalNullable[CreateImageRequestResponseFormat]{}
	}
	return o.ResponseFormat
}

func (o *CreateImageRequest) GetSize() OptionalNullable[CreateImageRequestSize] {
	if o == nil {
		return OptionalNullable[CreateImageRequestSize]{}
	}
	return o.Size
}

func (o *CreateImageRequest) GetStyle() OptionalNullable[CreateImageRequestStyle] {
	if o == nil {
		return OptionalNullable[CreateImageRequestStyle]{}
	}
	return o.Style
}

func (o *CreateImageRequest) GetBackground() OptionalNullable[CreateImageRequestBackground] {
	if o == nil {
		return OptionalNullable[CreateImageRequestBackground]{}
	}
	return o.Background
}

func (o *CreateImageRequest) GetOutputFormat() OptionalNullable[CreateImageRequestOutputFormat] {
	if o == nil {
		return OptionalNullable[CreateImageRequestOutputFormat]{}
	}
	return o.OutputFormat
}

func (o *CreateImageRequest) GetOutputCompression() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.OutputCompression
}

func (o *CreateImageRequest) GetPartialImages() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.PartialImages
}

func (o *CreateImageRequest) GetStream() OptionalNullable[bool] {
	if o == nil {
		return OptionalNullable[bool]{}
	}
	return o.Stream
}

func (o *CreateImageRequest) GetModeration() OptionalNullable[CreateImageRequestModeration] {
	if o == nil {
		return OptionalNullable[CreateImageRequestModeration]{}
	}
	return o.Moderation
}

func (o *CreateImageRequest) GetUser() *string {
	if o == nil {
		return nil
	}
	return o.User
}

func (o *CreateImageRequest) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CreateImageRequest) UnmarshalJSON(data []byte) error {
	return rooted("CreateImageRequest", o.decode(data, "$"))
}

func (o *CreateImageRequest) decode(data []byte, path string) error {
	var out CreateImageRequest
	r := readObject(data, path, "CreateImageRequest")
	readRequired(r, "prompt", &out.Prompt, decodeString)
	readOptionalNullable(r, "model", &out.Model, decodeOpenEnum[ImageModel])
	readOptionalNullable(r, "n", &out.N, bounded(decodeInteger, limits{hasMin: true, min: 1, hasMax: true, max: 10}))
	readOptional(r, "quality", &out.Quality, (*CreateImageRequestQuality).decode)
	readOptionalNullable(r, "response_format", &out.ResponseFormat, (*CreateImageRequestResponseFormat).decode)
	readOptionalNullable(r, "size", &out.Size, (*CreateImageRequestSize).decode)
	readOptionalNullable(r, "style", &out.Style, (*CreateImageRequestStyle).decode)
	readOptionalNullable(r, "background", &out.Background, (*CreateImageRequestBackground).decode)
	readOptionalNullable(r, "output_format", &out.OutputFormat, (*CreateImageRequestOutputFormat).decode)
	readOptionalNullable(r, "output_compression", &out.OutputCompression, bounded(decodeInteger, limits{hasMin: true, min: 0, hasMax: true, max: 100}))
	readOptionalNullable(r, "partial_images", &out.PartialImages, bounded(decodeInteger, limits{hasMin: true, min: 0, hasMax: true, max: 3}))
	readOptionalNullable(r, "stream", &out.Stream, decodeBool)
	readOptionalNullable(r, "moderation", &out.Moderation, (*CreateImageRequestModeration).decode)
	readOptional(r, "user", &out.User, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CreateImageRequest) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("prompt", o.Prompt)
	w.valueIf(o.Model.IsSet(), "model", o.Model)
	w.valueIf(o.N.IsSet(), "n", o.N)
	w.valueIf(o.Quality != nil, "quality", o.Quality)
	w.valueIf(o.ResponseFormat.IsSet(), "response_format", o.ResponseFormat)
	w.valueIf(o.Size.IsSet(), "size", o.Size)
	w.valueIf(o.Style.IsSet(), "style", o.Style)
	w.valueIf(o.Background.IsSet(), "background", o.Background)
	w.valueIf(o.OutputFormat.IsSet(), "output_format", o.OutputFormat)
	w.valueIf(o.OutputCompression.IsSet(), "output_compression", o.OutputCompression)
	w.valueIf(o.PartialImages.IsSet(), "partial_images", o.PartialImages)
	w.valueIf(o.Stream.IsSet(), "stream", o.Stream)
	w.valueIf(o.Moderation.IsSet(), "moderation", o.Moderation)
	w.valueIf(o.User != nil, "user", o.User)
	return w.finish(o.AdditionalProperties)
}

// CreateImageRequestQuality - Quality level; which values apply depends on the model.
type CreateImageRequestQuality string

const (
	CreateImageRequestQualityStandard CreateImageRequestQuality = "standard"
	CreateImageRequestQualityHd       CreateImageRequestQuality = "hd"
	CreateImageRequestQualityLow      CreateImageRequestQuality = "low"
	CreateImageRequestQualityMedium   CreateImageRequestQuality = "medium"
	CreateImageRequestQualityHigh     CreateImageRequestQuality = "high"
	CreateImageRequestQualityAuto     CreateImageRequestQuality = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e CreateImageRequestQuality) ToPointer() *CreateImageRequestQuality {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CreateImageRequestQuality) UnmarshalJSON(data []byte) error {
	return rooted("CreateImageRequestQuality", e.decode(data, "$"))
}

func (e *CreateImageRequestQuality) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CreateImageRequestQuality", CreateImageRequestQualityStandard, CreateImageRequestQualityHd, CreateImageRequestQualityLow, CreateImageRequestQualityMedium, CreateImageRequestQualityHigh, CreateImageRequestQualityAuto)
}

// CreateImageRequestResponseFormat - Return images as URLs or as base64 JSON (dall-e models only; GPT image models always return base64).
type CreateImageRequestResponseFormat string

const (
	CreateImageRequestResponseFormatURL     CreateImageRequestResponseFormat = "url"
	CreateImageRequestResponseFormatB64JSON CreateImageRequestResponseFormat = "b64_json"
)

// ToPointer returns a pointer to a copy of e.
func (e CreateImageRequestResponseFormat) ToPointer() *CreateImageRequestResponseFormat {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CreateImageRequestResponseFormat) UnmarshalJSON(data []byte) error {
	return rooted("CreateImageRequestResponseFormat", e.decode(data, "$"))
}

func (e *CreateImageRequestResponseFormat) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CreateImageRequestResponseFormat", CreateImageRequestResponseFormatURL, CreateImageRequestResponseFormatB64JSON)
}

// CreateImageRequestSize - Dimensions of the generated images; which sizes apply depends on the model.
type CreateImageRequestSize string

const (
	CreateImageRequestSizeAuto                                     CreateImageRequestSize = "auto"
	CreateImageRequestSizeOneThousandAndTwentyFourx1024            CreateImageRequestSize = "1024x1024"
	CreateImageRequestSizeOneThousandFiveHundredAndThirtySixx1024  CreateImageRequestSize = "1536x1024"
	CreateImageRequestSizeOneThousandAndTwentyFourx1536            CreateImageRequestSize = "1024x1536"
	CreateImageRequestSizeTwoHundredAndFiftySixx256                CreateImageRequestSize = "256x256"
	CreateImageRequestSizeFiveHundredAndTwelvex512                 CreateImageRequestSize = "512x512"
	CreateImageRequestSizeOneThousandSevenHundredAndNinetyTwox1024 CreateImageRequestSize = "1792x1024"
	CreateImageRequestSizeOneThousandAndTwentyFourx1792            CreateImageRequestSize = "1024x1792"
)

// ToPointer returns a pointer to a copy of e.
func (e CreateImageRequestSize) ToPointer() *CreateImageRequestSize {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CreateImageRequestSize) UnmarshalJSON(data []byte) error {
	return rooted("CreateImageRequestSize", e.decode(data, "$"))
}

func (e *CreateImageRequestSize) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CreateImageRequestSize", CreateImageRequestSizeAuto, CreateImageRequestSizeOneThousandAndTwentyFourx1024, CreateImageRequestSizeOneThousandFiveHundredAndThirtySixx1024, CreateImageRequestSizeOneThousandAndTwentyFourx1536, CreateImageRequestSizeTwoHundredAndFiftySixx256, CreateImageRequestSizeFiveHundredAndTwelvex512, CreateImageRequestSizeOneThousandSevenHundredAndNinetyTwox1024, CreateImageRequestSizeOneThousandAndTwentyFourx1792)
}

// CreateImageRequestStyle - Rendering style (dall-e-3 only).
type CreateImageRequestStyle string

const (
	CreateImageRequestStyleVivid   CreateImageRequestStyle = "vivid"
	CreateImageRequestStyleNatural CreateImageRequestStyle = "natural"
)

// ToPointer returns a pointer to a copy of e.
func (e CreateImageRequestStyle) ToPointer() *CreateImageRequestStyle {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CreateImageRequestStyle) UnmarshalJSON(data []byte) error {
	return rooted("CreateImageRequestStyle", e.decode(data, "$"))
}

func (e *CreateImageRequestStyle) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CreateImageRequestStyle", CreateImageRequestStyleVivid, CreateImageRequestStyleNatural)
}

// CreateImageRequestBackground - Background of the generated images (GPT image models only).
type CreateImageRequestBackground string

const (
	CreateImageRequestBackgroundTransparent CreateImageRequestBackground = "transparent"
	CreateImageRequestBackgroundOpaque      CreateImageRequestBackground = "opaque"
	CreateImageRequestBackgroundAuto        CreateImageRequestBackground = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e CreateImageRequestBackground) ToPointer() *CreateImageRequestBackground {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CreateImageRequestBackground) UnmarshalJSON(data []byte) error {
	return rooted("CreateImageRequestBackground", e.decode(data, "$"))
}

func (e *CreateImageRequestBackground) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CreateImageRequestBackground", CreateImageRequestBackgroundTransparent, CreateImageRequestBackgroundOpaque, CreateImageRequestBackgroundAuto)
}

// CreateImageRequestOutputFormat - File format of the generated images (GPT image models only).
type CreateImageRequestOutputFormat string

const (
	CreateImageRequestOutputFormatPng  CreateImageRequestOutputFormat = "png"
	CreateImageRequestOutputFormatJpeg CreateImageRequestOutputFormat = "jpeg"
	CreateImageRequestOutputFormatWebp CreateImageRequestOutputFormat = "webp"
)

// ToPointer returns a pointer to a copy of e.
func (e CreateImageRequestOutputFormat) ToPointer() *CreateImageRequestOutputFormat {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CreateImageRequestOutputFormat) UnmarshalJSON(data []byte) error {
	return rooted("CreateImageRequestOutputFormat", e.decode(data, "$"))
}

func (e *CreateImageRequestOutputFormat) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CreateImageRequestOutputFormat", CreateImageRequestOutputFormatPng, CreateImageRequestOutputFormatJpeg, CreateImageRequestOutputFormatWebp)
}

// CreateImageRequestModeration - Strictness of content moderation (GPT image models only).
type CreateImageRequestModeration string

const (
	CreateImageRequestModerationLow  CreateImageRequestModeration = "low"
	CreateImageRequestModerationAuto CreateImageRequestModeration = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e CreateImageRequestModeration) ToPointer() *CreateImageRequestModeration {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CreateImageRequestModeration) UnmarshalJSON(data []byte) error {
	return rooted("CreateImageRequestModeration", e.decode(data, "$"))
}

func (e *CreateImageRequestModeration) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CreateImageRequestModeration", CreateImageRequestModerationLow, CreateImageRequestModerationAuto)
}
