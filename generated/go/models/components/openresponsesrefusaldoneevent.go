// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesRefusalDoneEvent struct {
	Type           OpenResponsesRefusalDoneEventType `json:"type"`
	ItemID         string                            `json:"item_id"`
	OutputIndex    float64                           `json:"output_index"`
	ContentIndex   float64                           `json:"content_index"`
	Refusal        string                            `json:"refusal"`
	SequenceNumber float64                           `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesRefusalDoneEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesRefusalDoneEvent) GetType() OpenResponsesRefusalDoneEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesRefusalDoneEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesRefusalDoneEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesRefusalDoneEvent) GetContentIndex() float64 {
	if o == nil {
		return 0
	}
	return o.ContentIndex
}

func (o *OpenResponsesRefusalDoneEvent) GetRefusal() string {
	if o == nil {
		return ""
	}
	return o.Refusal
}

func (o *OpenResponsesRefusalDoneEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesRefusalDoneEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesRefusalDoneEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesRefusalDoneEvent", o.decode(data, "$"))
}

func (o *OpenResponsesRefusalDoneEvent) decode(data []byte, path string) error {
	var out OpenResponsesRefusalDoneEvent
	r := readObject(data, path, "OpenResponsesRefusalDoneEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesRefusalDoneEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "content_index", &out.ContentIndex, decodeInteger)
	readRequired(r, "refusal", &out.Refusal, decodeString)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesRefusalDoneEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("content_index", o.ContentIndex)
	w.value("refusal", o.Refusal)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesRefusalDoneEventType string

const (
	OpenResponsesRefusalDoneEventTypeResponseRefusalDone OpenResponsesRefusalDoneEventType = "response.refusal.done"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesRefusalDoneEventType) ToPointer() *OpenResponsesRefusalDoneEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesRefusalDoneEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesRefusalDoneEventType", e.decode(data, "$"))
}

func (e *OpenResponsesRefusalDoneEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesRefusalDoneEventType", OpenResponsesRefusalDoneEventTypeResponseRefusalDone)
}
