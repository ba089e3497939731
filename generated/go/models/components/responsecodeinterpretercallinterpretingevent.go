// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseCodeInterpreterCallInterpretingEvent struct {
	Type           ResponseCodeInterpreterCallInterpretingEventType `json:"type"`
	OutputIndex    float64                                          `json:"output_index"`
	ItemID         string                                           `json:"item_id"`
	SequenceNumber float64                                          `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseCodeInterpreterCallInterpretingEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseCodeInterpreterCallInterpretingEvent) GetType() ResponseCodeInterpreterCallInterpretingEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseCodeInterpreterCallInterpretingEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseCodeInterpreterCallInterpretingEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseCodeInterpreterCallInterpretingEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseCodeInterpreterCallInterpretingEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseCodeInterpreterCallInterpretingEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseCodeInterpreterCallInterpretingEvent", o.decode(data, "$"))
}

func (o *ResponseCodeInterpreterCallInterpretingEvent) decode(data []byte, path string) error {
	var out ResponseCodeInterpreterCallInterpretingEvent
	r := readObject(data, path, "ResponseCodeInterpreterCallInterpretingEvent")
	readRequired(r, "type", &out.Type, (*ResponseCodeInterpreterCallInterpretingEventType).decode)
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
func (o ResponseCodeInterpreterCallInterpretingEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseCodeInterpreterCallInterpretingEventType string

const (
	ResponseCodeInterpreterCallInterpretingEventTypeResponseCodeInterpreterCallInterpreting ResponseCodeInterpreterCallInterpretingEventType = "response.code_interpreter_call.interpreting"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseCodeInterpreterCallInterpretingEventType) ToPointer() *ResponseCodeInterpreterCallInterpretingEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseCodeInterpreterCallInterpretingEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseCodeInterpreterCallInterpretingEventType", e.decode(data, "$"))
}

func (e *ResponseCodeInterpreterCallInterpretingEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseCodeInterpreterCallInterpretingEventType", ResponseCodeInterpreterCallInterpretingEventTypeResponseCodeInterpreterCallInterpreting)
}
