// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseCodeInterpreterCallCompletedEvent struct {
	Type           ResponseCodeInterpreterCallCompletedEventType `json:"type"`
	OutputIndex    float64                                       `json:"output_index"`
	ItemID         string                                        `json:"item_id"`
	SequenceNumber float64                                       `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseCodeInterpreterCallCompletedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseCodeInterpreterCallCompletedEvent) GetType() ResponseCodeInterpreterCallCompletedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseCodeInterpreterCallCompletedEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseCodeInterpreterCallCompletedEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseCodeInterpreterCallCompletedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseCodeInterpreterCallCompletedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseCodeInterpreterCallCompletedEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseCodeInterpreterCallCompletedEvent", o.decode(data, "$"))
}

func (o *ResponseCodeInterpreterCallCompletedEvent) decode(data []byte, path string) error {
	var out ResponseCodeInterpreterCallCompletedEvent
	r := readObject(data, path, "ResponseCodeInterpreterCallCompletedEvent")
	readRequired(r, "type", &out.Type, (*ResponseCodeInterpreterCallCompletedEventType).decode)
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
func (o ResponseCodeInterpreterCallCompletedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseCodeInterpreterCallCompletedEventType string

const (
	ResponseCodeInterpreterCallCompletedEventTypeResponseCodeInterpreterCallCompleted ResponseCodeInterpreterCallCompletedEventType = "response.code_interpreter_call.completed"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseCodeInterpreterCallCompletedEventType) ToPointer() *ResponseCodeInterpreterCallCompletedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseCodeInterpreterCallCompletedEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseCodeInterpreterCallCompletedEventType", e.decode(data, "$"))
}

func (e *ResponseCodeInterpreterCallCompletedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseCodeInterpreterCallCompletedEventType", ResponseCodeInterpreterCallCompletedEventTypeResponseCodeInterpreterCallCompleted)
}
