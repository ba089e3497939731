// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

// OpenResponsesImageGenCallPartialImage - Sent when a partial (preview) image is ready while an image generation tool call streams.
type OpenResponsesImageGenCallPartialImage struct {
	// The event type, always `response.image_generation_call.partial_image`.
	Type OpenResponsesImageGenCallPartialImageType `json:"type"`
	// ID of the image generation output item this event is about.
	ItemID string `json:"item_id"`
	// Position of that output item in the response's `output` array.
	OutputIndex float64 `json:"output_index"`
	// Position of this event in the stream, for ordering.
	SequenceNumber float64 `json:"sequence_number"`
	// Which partial image this is, counting from 0.
	PartialImageIndex float64 `json:"partial_image_index"`
	// The partial image, base64-encoded.
	PartialImageB64 string `json:"partial_image_b64"`
	// Image size the call used.
	Size *string `json:"size,omitempty"`
	// Image quality the call used.
	Quality *string `json:"quality,omitempty"`
	// Background setting the call used.
	Background *string `json:"background,omitempty"`
	// Output format the call used.
	OutputFormat *string `json:"output_format,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesImageGenCallPartialImage does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesImageGenCallPartialImage) GetType() OpenResponsesImageGenCallPartialImageType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesImageGenCallPartialImage) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesImageGenCallPartialImage) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesImageGenCallPartialImage) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesImageGenCallPartialImage) GetPartialImageIndex() float64 {
	if o == nil {
		return 0
	}
	return o.PartialImageIndex
}

func (o *OpenResponsesImageGenCallPartialImage) GetPartialImageB64() string {
	if o == nil {
		return ""
	}
	return o.PartialImageB64
}

func (o *OpenResponsesImageGenCallPartialImage) GetSize() *string {
	if o == nil {
		return nil
	}
	return o.Size
}

func (o *OpenResponsesImageGenCallPartialImage) GetQuality() *string {
	if o == nil {
		return nil
	}
	return o.Quality
}

func (o *OpenResponsesImageGenCallPartialImage) GetBackground() *string {
	if o == nil {
		return nil
	}
	return o.Background
}

func (o *OpenResponsesImageGenCallPartialImage) GetOutputFormat() *string {
	if o == nil {
		return nil
	}
	return o.OutputFormat
}

func (o *OpenResponsesImageGenCallPartialImage) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesImageGenCallPartialImage) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesImageGenCallPartialImage", o.decode(data, "$"))
}

func (o *OpenResponsesImageGenCallPartialImage) decode(data []byte, path string) error {
	var out OpenResponsesImageGenCallPartialImage
	r := readObject(data, path, "OpenResponsesImageGenCallPartialImage")
	readRequired(r, "type", &out.Type, (*OpenResponsesImageGenCallPartialImageType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "partial_image_index", &out.PartialImageIndex, decodeInteger)
	readRequired(r, "partial_image_b64", &out.PartialImageB64, decodeString)
	readOptional(r, "size", &out.Size, decodeString)
	readOptional(r, "quality", &out.Quality, decodeString)
	readOptional(r, "background", &out.Background, decodeString)
	readOptional(r, "output_format", &out.OutputFormat, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesImageGenCallPartialImage) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("sequence_number", o.SequenceNumber)
	w.value("partial_image_index", o.PartialImageIndex)
	w.value("partial_image_b64", o.PartialImageB64)
	w.valueIf(o.Size != nil, "size", o.Size)
	w.valueIf(o.Quality != nil, "quality", o.Quality)
	w.valueIf(o.Background != nil, "background", o.Background)
	w.valueIf(o.OutputFormat != nil, "output_format", o.OutputFormat)
	return w.finish(o.AdditionalProperties)
}

// OpenResponsesImageGenCallPartialImageType - The event type, always `response.image_generation_call.partial_image`.
type OpenResponsesImageGenCallPartialImageType string

const (
	OpenResponsesImageGenCallPartialImageTypeResponseImageGenerationCallPartialImage OpenResponsesImageGenCallPartialImageType = "response.image_generation_call.partial_image"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesImageGenCallPartialImageType) ToPointer() *OpenResponsesImageGenCallPartialImageType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesImageGenCallPartialImageType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesImageGenCallPartialImageType", e.decode(data, "$"))
}

func (e *OpenResponsesImageGenCallPartialImageType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesImageGenCallPartialImageType", OpenResponsesImageGenCallPartialImageTypeResponseImageGenerationCallPartialImage)
}
