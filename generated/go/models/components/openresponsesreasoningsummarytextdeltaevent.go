// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesReasoningSummaryTextDeltaEvent struct {
	Type           OpenResponsesReasoningSummaryTextDeltaEventType `json:"type"`
	ItemID         string                                          `json:"item_id"`
	OutputIndex    float64                                         `json:"output_index"`
	SummaryIndex   float64                                         `json:"summary_index"`
	Delta          string                                          `json:"delta"`
	SequenceNumber float64                                         `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesReasoningSummaryTextDeltaEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesReasoningSummaryTextDeltaEvent) GetType() OpenResponsesReasoningSummaryTextDeltaEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesReasoningSummaryTextDeltaEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesReasoningSummaryTextDeltaEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesReasoningSummaryTextDeltaEvent) GetSummaryIndex() float64 {
	if o == nil {
		return 0
	}
	return o.SummaryIndex
}

func (o *OpenResponsesReasoningSummaryTextDeltaEvent) GetDelta() string {
	if o == nil {
		return ""
	}
	return o.Delta
}

func (o *OpenResponsesReasoningSummaryTextDeltaEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesReasoningSummaryTextDeltaEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesReasoningSummaryTextDeltaEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningSummaryTextDeltaEvent", o.decode(data, "$"))
}

func (o *OpenResponsesReasoningSummaryTextDeltaEvent) decode(data []byte, path string) error {
	var out OpenResponsesReasoningSummaryTextDeltaEvent
	r := readObject(data, path, "OpenResponsesReasoningSummaryTextDeltaEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesReasoningSummaryTextDeltaEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "summary_index", &out.SummaryIndex, decodeInteger)
	readRequired(r, "delta", &out.Delta, decodeString)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesReasoningSummaryTextDeltaEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("summary_index", o.SummaryIndex)
	w.value("delta", o.Delta)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesReasoningSummaryTextDeltaEventType string

const (
	OpenResponsesReasoningSummaryTextDeltaEventTypeResponseReasoningSummaryTextDelta OpenResponsesReasoningSummaryTextDeltaEventType = "response.reasoning_summary_text.delta"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesReasoningSummaryTextDeltaEventType) ToPointer() *OpenResponsesReasoningSummaryTextDeltaEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesReasoningSummaryTextDeltaEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningSummaryTextDeltaEventType", e.decode(data, "$"))
}

func (e *OpenResponsesReasoningSummaryTextDeltaEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesReasoningSummaryTextDeltaEventType", OpenResponsesReasoningSummaryTextDeltaEventTypeResponseReasoningSummaryTextDelta)
}
