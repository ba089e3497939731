// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseFileSearchCallCompletedEvent struct {
	Type           ResponseFileSearchCallCompletedEventType `json:"type"`
	OutputIndex    float64                                  `json:"output_index"`
	ItemID         string                                   `json:"item_id"`
	SequenceNumber float64                                  `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseFileSearchCallCompletedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseFileSearchCallCompletedEvent) GetType() ResponseFileSearchCallCompletedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseFileSearchCallCompletedEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseFileSearchCallCompletedEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseFileSearchCallCompletedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseFileSearchCallCompletedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseFileSearchCallCompletedEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseFileSearchCallCompletedEvent", o.decode(data, "$"))
}

func (o *ResponseFileSearchCallCompletedEvent) decode(data []byte, path string) error {
	var out ResponseFileSearchCallCompletedEvent
	r := readObject(data, path, "ResponseFileSearchCallCompletedEvent")
	readRequired(r, "type", &out.Type, (*ResponseFileSearchCallCompletedEventType).decode)
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
func (o ResponseFileSearchCallCompletedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseFileSearchCallCompletedEventType string

const (
	ResponseFileSearchCallCompletedEventTypeResponseFileSearchCallCompleted ResponseFileSearchCallCompletedEventType = "response.file_search_call.completed"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseFileSearchCallCompletedEventType) ToPointer() *ResponseFileSearchCallCompletedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseFileSearchCallCompletedEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseFileSearchCallCompletedEventType", e.decode(data, "$"))
}

func (e *ResponseFileSearchCallCompletedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseFileSearchCallCompletedEventType", ResponseFileSearchCallCompletedEventTypeResponseFileSearchCallCompleted)
}
