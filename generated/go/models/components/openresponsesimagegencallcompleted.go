// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

// OpenResponsesImageGenCallCompleted - Sent when an image generation tool call has finished and the final image is available.
type OpenResponsesImageGenCallCompleted struct {
	// The event type, always `response.image_generation_call.completed`.
	Type OpenResponsesImageGenCallCompletedType `json:"type"`
	// ID of the image generation output item this event is about.
	ItemID string `json:"item_id"`
	// Position of that output item in the response's `output` array.
	OutputIndex float64 `json:"output_index"`
	// Position of this event in the stream, for ordering.
	SequenceNumber float64 `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesImageGenCallCompleted does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesImageGenCallCompleted) GetType() OpenResponsesImageGenCallCompletedType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesImageGenCallCompleted) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesImageGenCallCompleted) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesImageGenCallCompleted) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesImageGenCallCompleted) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesImageGenCallCompleted) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesImageGenCallCompleted", o.decode(data, "$"))
}

func (o *OpenResponsesImageGenCallCompleted) decode(data []byte, path string) error {
	var out OpenResponsesImageGenCallCompleted
	r := readObject(data, path, "OpenResponsesImageGenCallCompleted")
	readRequired(r, "type", &out.Type, (*OpenResponsesImageGenCallCompletedType).decode)
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
func (o OpenResponsesImageGenCallCompleted) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

// OpenResponsesImageGenCallCompletedType - The event type, always `response.image_generation_call.completed`.
type OpenResponsesImageGenCallCompletedType string

const (
	OpenResponsesImageGenCallCompletedTypeResponseImageGenerationCallCompleted OpenResponsesImageGenCallCompletedType = "response.image_generation_call.completed"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesImageGenCallCompletedType) ToPointer() *OpenResponsesImageGenCallCompletedType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesImageGenCallCompletedType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesImageGenCallCompletedType", e.decode(data, "$"))
}

func (e *OpenResponsesImageGenCallCompletedType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesImageGenCallCompletedType", OpenResponsesImageGenCallCompletedTypeResponseImageGenerationCallCompleted)
}
