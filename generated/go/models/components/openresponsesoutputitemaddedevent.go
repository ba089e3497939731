// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesOutputItemAddedEvent struct {
	Type           OpenResponsesOutputItemAddedEventType `json:"type"`
	OutputIndex    float64                               `json:"output_index"`
	SequenceNumber float64                               `json:"sequence_number"`
	Item           OutputItem                            `json:"item"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesOutputItemAddedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesOutputItemAddedEvent) GetType() OpenResponsesOutputItemAddedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesOutputItemAddedEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesOutputItemAddedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesOutputItemAddedEvent) GetItem() OutputItem {
	if o == nil {
		return OutputItem{}
	}
	return o.Item
}

func (o *OpenResponsesOutputItemAddedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesOutputItemAddedEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesOutputItemAddedEvent", o.decode(data, "$"))
}

func (o *OpenResponsesOutputItemAddedEvent) decode(data []byte, path string) error {
	var out OpenResponsesOutputItemAddedEvent
	r := readObject(data, path, "OpenResponsesOutputItemAddedEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesOutputItemAddedEventType).decode)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "item", &out.Item, (*OutputItem).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesOutputItemAddedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("sequence_number", o.SequenceNumber)
	w.value("item", o.Item)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesOutputItemAddedEventType string

const (
	OpenResponsesOutputItemAddedEventTypeResponseOutputItemAdded OpenResponsesOutputItemAddedEventType = "response.output_item.added"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesOutputItemAddedEventType) ToPointer() *OpenResponsesOutputItemAddedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesOutputItemAddedEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesOutputItemAddedEventType", e.decode(data, "$"))
}

func (e *OpenResponsesOutputItemAddedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesOutputItemAddedEventType", OpenResponsesOutputItemAddedEventTypeResponseOutputItemAdded)
}
