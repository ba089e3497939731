// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

// OpenResponsesImageGenCallGenerating - Sent while an image generation tool call is actively producing an image (an intermediate state).
type OpenResponsesImageGenCallGenerating struct {
	// The event type, always `response.image_generation_call.generating`.
	Type OpenResponsesImageGenCallGeneratingType `json:"type"`
	// ID of the image generation output item this event is about.
	ItemID string `json:"item_id"`
	// Position of that output item in the response's `output` array.
	OutputIndex float64 `json:"output_index"`
	// Position of this event in the stream, for ordering.
	SequenceNumber float64 `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesImageGenCallGenerating does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesImageGenCallGenerating) GetType() OpenResponsesImageGenCallGeneratingType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesImageGenCallGenerating) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesImageGenCallGenerating) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesImageGenCallGenerating) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesImageGenCallGenerating) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesImageGenCallGenerating) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesImageGenCallGenerating", o.decode(data, "$"))
}

func (o *OpenResponsesImageGenCallGenerating) decode(data []byte, path string) error {
	var out OpenResponsesImageGenCallGenerating
	r := readObject(data, path, "OpenResponsesImageGenCallGenerating")
	readRequired(r, "type", &out.Type, (*OpenResponsesImageGenCallGeneratingType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesImageGenCallGenerating) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

// OpenResponsesImageGenCallGeneratingType - The event type, always `response.image_generation_call.generating`.
type OpenResponsesImageGenCallGeneratingType string

const (
	OpenResponsesImageGenCallGeneratingTypeResponseImageGenerationCallGenerating OpenResponsesImageGenCallGeneratingType = "response.image_generation_call.generating"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesImageGenCallGeneratingType) ToPointer() *OpenResponsesImageGenCallGeneratingType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesImageGenCallGeneratingType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesImageGenCallGeneratingType", e.decode(data, "$"))
}

func (e *OpenResponsesImageGenCallGeneratingType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesImageGenCallGeneratingType", OpenResponsesImageGenCallGeneratingTypeResponseImageGenerationCallGenerating)
}
