// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesReasoningDoneEvent struct {
	Type           OpenResponsesReasoningDoneEventType `json:"type"`
	ItemID         string                              `json:"item_id"`
	OutputIndex    float64                             `json:"output_index"`
	ContentIndex   float64                             `json:"content_index"`
	Text           string                              `json:"text"`
	SequenceNumber float64                             `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesReasoningDoneEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesReasoningDoneEvent) GetType() OpenResponsesReasoningDoneEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesReasoningDoneEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesReasoningDoneEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesReasoningDoneEvent) GetContentIndex() float64 {
	if o == nil {
		return 0
	}
	return o.ContentIndex
}

func (o *OpenResponsesReasoningDoneEvent) GetText() string {
	if o == nil {
		return ""
	}
	return o.Text
}

func (o *OpenResponsesReasoningDoneEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesReasoningDoneEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesReasoningDoneEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningDoneEvent", o.decode(data, "$"))
}

func (o *OpenResponsesReasoningDoneEvent) decode(data []byte, path string) error {
	var out OpenResponsesReasoningDoneEvent
	r := readObject(data, path, "OpenResponsesReasoningDoneEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesReasoningDoneEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "content_index", &out.ContentIndex, decodeInteger)
	readRequired(r, "text", &out.Text, decodeString)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesReasoningDoneEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("content_index", o.ContentIndex)
	w.value("text", o.Text)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesReasoningDoneEventType string

const (
	OpenResponsesReasoningDoneEventTypeResponseReasoningTextDone OpenResponsesReasoningDoneEventType = "response.reasoning_text.done"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesReasoningDoneEventType) ToPointer() *OpenResponsesReasoningDoneEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesReasoningDoneEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningDoneEventType", e.decode(data, "$"))
}

func (e *OpenResponsesReasoningDoneEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesReasoningDoneEventType", OpenResponsesReasoningDoneEventTypeResponseReasoningTextDone)
}
