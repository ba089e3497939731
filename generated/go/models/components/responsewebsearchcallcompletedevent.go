// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseWebSearchCallCompletedEvent struct {
	Type           ResponseWebSearchCallCompletedEventType `json:"type"`
	OutputIndex    float64                                 `json:"output_index"`
	ItemID         string                                  `json:"item_id"`
	SequenceNumber float64                                 `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseWebSearchCallCompletedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseWebSearchCallCompletedEvent) GetType() ResponseWebSearchCallCompletedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseWebSearchCallCompletedEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseWebSearchCallCompletedEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseWebSearchCallCompletedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseWebSearchCallCompletedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseWebSearchCallCompletedEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseWebSearchCallCompletedEvent", o.decode(data, "$"))
}

func (o *ResponseWebSearchCallCompletedEvent) decode(data []byte, path string) error {
	var out ResponseWebSearchCallCompletedEvent
	r := readObject(data, path, "ResponseWebSearchCallCompletedEvent")
	readRequired(r, "type", &out.Type, (*ResponseWebSearchCallCompletedEventType).decode)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseWebSearchCallCompletedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseWebSearchCallCompletedEventType string

const (
	ResponseWebSearchCallCompletedEventTypeResponseWebSearchCallCompleted ResponseWebSearchCallCompletedEventType = "response.web_search_call.completed"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseWebSearchCallCompletedEventType) ToPointer() *ResponseWebSearchCallCompletedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseWebSearchCallCompletedEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseWebSearchCallCompletedEventType", e.decode(data, "$"))
}

func (e *ResponseWebSearchCallCompletedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseWebSearchCallCompletedEventType", ResponseWebSearchCallCompletedEventTypeResponseWebSearchCallCompleted)
}
