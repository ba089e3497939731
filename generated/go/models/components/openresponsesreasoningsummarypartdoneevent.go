// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesReasoningSummaryPartDoneEvent struct {
	Type           OpenResponsesReasoningSummaryPartDoneEventType    `json:"type"`
	ItemID         string                                            `json:"item_id"`
	OutputIndex    float64                                           `json:"output_index"`
	SummaryIndex   float64                                           `json:"summary_index"`
	Status         *OpenResponsesReasoningSummaryPartDoneEventStatus `json:"status,omitempty"`
	SequenceNumber float64                                           `json:"sequence_number"`
	Part           OpenResponsesReasoningSummaryPartDoneEventPart    `json:"part"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesReasoningSummaryPartDoneEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesReasoningSummaryPartDoneEvent) GetType() OpenResponsesReasoningSummaryPartDoneEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesReasoningSummaryPartDoneEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesReasoningSummaryPartDoneEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesReasoningSummaryPartDoneEvent) GetSummaryIndex() float64 {
	if o == nil {
		return 0
	}
	return o.SummaryIndex
}

func (o *OpenResponsesReasoningSummaryPartDoneEvent) GetStatus() *OpenResponsesReasoningSummaryPartDoneEventStatus {
	if o == nil {
		return nil
	}
	return o.Status
}

func (o *OpenResponsesReasoningSummaryPartDoneEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesReasoningSummaryPartDoneEvent) GetPart() OpenResponsesReasoningSummaryPartDoneEventPart {
	if o == nil {
		return OpenResponsesReasoningSummaryPartDoneEventPart{}
	}
	return o.Part
}

func (o *OpenResponsesReasoningSummaryPartDoneEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesReasoningSummaryPartDoneEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningSummaryPartDoneEvent", o.decode(data, "$"))
}

func (o *OpenResponsesReasoningSummaryPartDoneEvent) decode(data []byte, path string) error {
	var out OpenResponsesReasoningSummaryPartDoneEvent
	r := readObject(data, path, "OpenResponsesReasoningSummaryPartDoneEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesReasoningSummaryPartDoneEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "summary_index", &out.SummaryIndex, decodeInteger)
	readOptional(r, "status", &out.Status, (*OpenResponsesReasoningSummaryPartDoneEventStatus).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "part", &out.Part, (*OpenResponsesReasoningSummaryPartDoneEventPart).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesReasoningSummaryPartDoneEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("summary_index", o.SummaryIndex)
	w.valueIf(o.Status != nil, "status", o.Status)
	w.value("sequence_number", o.SequenceNumber)
	w.value("part", o.Part)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesReasoningSummaryPartDoneEventType string

const (
	OpenResponsesReasoningSummaryPartDoneEventTypeResponseReasoningSummaryPartDone OpenResponsesReasoningSummaryPartDoneEventType = "response.reasoning_summary_part.done"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesReasoningSummaryPartDoneEventType) ToPointer() *OpenResponsesReasoningSummaryPartDoneEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesReasoningSummaryPartDoneEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningSummaryPartDoneEventType", e.decode(data, "$"))
}

func (e *OpenResponsesReasoningSummaryPartDoneEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesReasoningSummaryPartDoneEventType", OpenResponsesReasoningSummaryPartDoneEventTypeResponseReasoningSummaryPartDone)
}

type OpenResponsesReasoningSummaryPartDoneEventStatus string

const (
	OpenResponsesReasoningSummaryPartDoneEventStatusIncomplete OpenResponsesReasoningSummaryPartDoneEventStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesReasoningSummaryPartDoneEventStatus) ToPointer() *OpenResponsesReasoningSummaryPartDoneEventStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesReasoningSummaryPartDoneEventStatus) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningSummaryPartDoneEventStatus", e.decode(data, "$"))
}

func (e *OpenResponsesReasoningSummaryPartDoneEventStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesReasoningSummaryPartDoneEventStatus", OpenResponsesReasoningSummaryPartDoneEventStatusIncomplete)
}

type OpenResponsesReasoningSummaryPartDoneEventPart struct {
	Type OpenResponsesReasoningSummaryPartDoneEventPartType `json:"type"`
	Text string                                             `json:"text"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesReasoningSummaryPartDoneEventPart does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesReasoningSummaryPartDoneEventPart) GetType() OpenResponsesReasoningSummaryPartDoneEventPartType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesReasoningSummaryPartDoneEventPart) GetText() string {
	if o == nil {
		return ""
	}
	return o.Text
}

func (o *OpenResponsesReasoningSummaryPartDoneEventPart) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesReasoningSummaryPartDoneEventPart) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningSummaryPartDoneEventPart", o.decode(data, "$"))
}

func (o *OpenResponsesReasoningSummaryPartDoneEventPart) decode(data []byte, path string) error {
	var out OpenResponsesReasoningSummaryPartDoneEventPart
	r := readObject(data, path, "OpenResponsesReasoningSummaryPartDoneEventPart")
	readRequired(r, "type", &out.Type, (*OpenResponsesReasoningSummaryPartDoneEventPartType).decode)
	readRequired(r, "text", &out.Text, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesReasoningSummaryPartDoneEventPart) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("text", o.Text)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesReasoningSummaryPartDoneEventPartType string

const (
	OpenResponsesReasoningSummaryPartDoneEventPartTypeSummaryText OpenResponsesReasoningSummaryPartDoneEventPartType = "summary_text"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesReasoningSummaryPartDoneEventPartType) ToPointer() *OpenResponsesReasoningSummaryPartDoneEventPartType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesReasoningSummaryPartDoneEventPartType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningSummaryPartDoneEventPartType", e.decode(data, "$"))
}

func (e *OpenResponsesReasoningSummaryPartDoneEventPartType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesReasoningSummaryPartDoneEventPartType", OpenResponsesReasoningSummaryPartDoneEventPartTypeSummaryText)
}
