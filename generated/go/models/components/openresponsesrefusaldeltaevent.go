// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesRefusalDeltaEvent struct {
	Type           OpenResponsesRefusalDeltaEventType `json:"type"`
	ItemID         string                             `json:"item_id"`
	OutputIndex    float64                            `json:"output_index"`
	ContentIndex   float64                            `json:"content_index"`
	Delta          string                             `json:"delta"`
	SequenceNumber float64                            `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesRefusalDeltaEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesRefusalDeltaEvent) GetType() OpenResponsesRefusalDeltaEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesRefusalDeltaEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesRefusalDeltaEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesRefusalDeltaEvent) GetContentIndex() float64 {
	if o == nil {
		return 0
	}
	return o.ContentIndex
}

func (o *OpenResponsesRefusalDeltaEvent) GetDelta() string {
	if o == nil {
		return ""
	}
	return o.Delta
}

func (o *OpenResponsesRefusalDeltaEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesRefusalDeltaEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesRefusalDeltaEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesRefusalDeltaEvent", o.decode(data, "$"))
}

func (o *OpenResponsesRefusalDeltaEvent) decode(data []byte, path string) error {
	var out OpenResponsesRefusalDeltaEvent
	r := readObject(data, path, "OpenResponsesRefusalDeltaEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesRefusalDeltaEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "content_index", &out.ContentIndex, decodeInteger)
	readRequired(r, "delta", &out.Delta, decodeString)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesRefusalDeltaEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("content_index", o.ContentIndex)
	w.value("delta", o.Delta)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesRefusalDeltaEventType string

const (
	OpenResponsesRefusalDeltaEventTypeResponseRefusalDelta OpenResponsesRefusalDeltaEventType = "response.refusal.delta"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesRefusalDeltaEventType) ToPointer() *OpenResponsesRefusalDeltaEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesRefusalDeltaEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesRefusalDeltaEventType", e.decode(data, "$"))
}

func (e *OpenResponsesRefusalDeltaEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesRefusalDeltaEventType", OpenResponsesRefusalDeltaEventTypeResponseRefusalDelta)
}
