// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

// OpenResponsesImageGenCallInProgress - Sent when an image generation tool call has started and is in progress.
type OpenResponsesImageGenCallInProgress struct {
	// The event type, always `response.image_generation_call.in_progress`.
	Type OpenResponsesImageGenCallInProgressType `json:"type"`
	// ID of the image generation output item this event is about.
	ItemID string `json:"item_id"`
	// Position of that output item in the response's `output` array.
	OutputIndex float64 `json:"output_index"`
	// Position of this event in the stream, for ordering.
	SequenceNumber float64 `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesImageGenCallInProgress does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesImageGenCallInProgress) GetType() OpenResponsesImageGenCallInProgressType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesImageGenCallInProgress) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesImageGenCallInProgress) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesImageGenCallInProgress) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesImageGenCallInProgress) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesImageGenCallInProgress) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesImageGenCallInProgress", o.decode(data, "$"))
}

func (o *OpenResponsesImageGenCallInProgress) decode(data []byte, path string) error {
	var out OpenResponsesImageGenCallInProgress
	r := readObject(data, path, "OpenResponsesImageGenCallInProgress")
	readRequired(r, "type", &out.Type, (*OpenResponsesImageGenCallInProgressType).decode)
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
func (o OpenResponsesImageGenCallInProgress) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

// OpenResponsesImageGenCallInProgressType - The event type, always `response.image_generation_call.in_progress`.
type OpenResponsesImageGenCallInProgressType string

const (
	OpenResponsesImageGenCallInProgressTypeResponseImageGenerationCallInProgress OpenResponsesImageGenCallInProgressType = "response.image_generation_call.in_progress"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesImageGenCallInProgressType) ToPointer() *OpenResponsesImageGenCallInProgressType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesImageGenCallInProgressType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesImageGenCallInProgressType", e.decode(data, "$"))
}

func (e *OpenResponsesImageGenCallInProgressType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesImageGenCallInProgressType", OpenResponsesImageGenCallInProgressTypeResponseImageGenerationCallInProgress)
}
