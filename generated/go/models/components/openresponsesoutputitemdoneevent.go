// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesOutputItemDoneEvent struct {
	Type           OpenResponsesOutputItemDoneEventType `json:"type"`
	OutputIndex    float64                              `json:"output_index"`
	SequenceNumber float64                              `json:"sequence_number"`
	Item           OutputItem                           `json:"item"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesOutputItemDoneEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesOutputItemDoneEvent) GetType() OpenResponsesOutputItemDoneEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesOutputItemDoneEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesOutputItemDoneEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesOutputItemDoneEvent) GetItem() OutputItem {
	if o == nil {
		return OutputItem{}
	}
	return o.Item
}

func (o *OpenResponsesOutputItemDoneEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesOutputItemDoneEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesOutputItemDoneEvent", o.decode(data, "$"))
}

func (o *OpenResponsesOutputItemDoneEvent) decode(data []byte, path string) error {
	var out OpenResponsesOutputItemDoneEvent
	r := readObject(data, path, "OpenResponsesOutputItemDoneEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesOutputItemDoneEventType).decode)
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
func (o OpenResponsesOutputItemDoneEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("sequence_number", o.SequenceNumber)
	w.value("item", o.Item)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesOutputItemDoneEventType string

const (
	OpenResponsesOutputItemDoneEventTypeResponseOutputItemDone OpenResponsesOutputItemDoneEventType = "response.output_item.done"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesOutputItemDoneEventType) ToPointer() *OpenResponsesOutputItemDoneEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesOutputItemDoneEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesOutputItemDoneEventType", e.decode(data, "$"))
}

func (e *OpenResponsesOutputItemDoneEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesOutputItemDoneEventType", OpenResponsesOutputItemDoneEventTypeResponseOutputItemDone)
}
