// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesReasoningSummaryTextDoneEvent struct {
	Type           OpenResponsesReasoningSummaryTextDoneEventType `json:"type"`
	ItemID         string                                         `json:"item_id"`
	OutputIndex    float64                                        `json:"output_index"`
	SummaryIndex   float64                                        `json:"summary_index"`
	Text           string                                         `json:"text"`
	SequenceNumber float64                                        `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesReasoningSummaryTextDoneEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesReasoningSummaryTextDoneEvent) GetType() OpenResponsesReasoningSummaryTextDoneEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesReasoningSummaryTextDoneEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesReasoningSummaryTextDoneEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesReasoningSummaryTextDoneEvent) GetSummaryIndex() float64 {
	if o == nil {
		return 0
	}
	return o.SummaryIndex
}

func (o *OpenResponsesReasoningSummaryTextDoneEvent) GetText() string {
	if o == nil {
		return ""
	}
	return o.Text
}

func (o *OpenResponsesReasoningSummaryTextDoneEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesReasoningSummaryTextDoneEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesReasoningSummaryTextDoneEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningSummaryTextDoneEvent", o.decode(data, "$"))
}

func (o *OpenResponsesReasoningSummaryTextDoneEvent) decode(data []byte, path string) error {
	var out OpenResponsesReasoningSummaryTextDoneEvent
	r := readObject(data, path, "OpenResponsesReasoningSummaryTextDoneEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesReasoningSummaryTextDoneEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "summary_index", &out.SummaryIndex, decodeInteger)
	readRequired(r, "text", &out.Text, decodeString)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesReasoningSummaryTextDoneEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("summary_index", o.SummaryIndex)
	w.value("text", o.Text)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesReasoningSummaryTextDoneEventType string

const (
	OpenResponsesReasoningSummaryTextDoneEventTypeResponseReasoningSummaryTextDone OpenResponsesReasoningSummaryTextDoneEventType = "response.reasoning_summary_text.done"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesReasoningSummaryTextDoneEventType) ToPointer() *OpenResponsesReasoningSummaryTextDoneEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesReasoningSummaryTextDoneEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningSummaryTextDoneEventType", e.decode(data, "$"))
}

func (e *OpenResponsesReasoningSummaryTextDoneEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesReasoningSummaryTextDoneEventType", OpenResponsesReasoningSummaryTextDoneEventTypeResponseReasoningSummaryTextDone)
}
