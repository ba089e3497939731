// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseCustomToolCallInputDoneEvent struct {
	Type           ResponseCustomToolCallInputDoneEventType `json:"type"`
	SequenceNumber float64                                  `json:"sequence_number"`
	OutputIndex    float64                                  `json:"output_index"`
	ItemID         string                                   `json:"item_id"`
	Input          string                                   `json:"input"`
	// AdditionalProperties holds the fields of the JSON object that ResponseCustomToolCallInputDoneEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseCustomToolCallInputDoneEvent) GetType() ResponseCustomToolCallInputDoneEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseCustomToolCallInputDoneEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseCustomToolCallInputDoneEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseCustomToolCallInputDoneEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseCustomToolCallInputDoneEvent) GetInput() string {
	if o == nil {
		return ""
	}
	return o.Input
}

func (o *ResponseCustomToolCallInputDoneEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseCustomToolCallInputDoneEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseCustomToolCallInputDoneEvent", o.decode(data, "$"))
}

func (o *ResponseCustomToolCallInputDoneEvent) decode(data []byte, path string) error {
	var out ResponseCustomToolCallInputDoneEvent
	r := readObject(data, path, "ResponseCustomToolCallInputDoneEvent")
	readRequired(r, "type", &out.Type, (*ResponseCustomToolCallInputDoneEventType).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "input", &out.Input, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseCustomToolCallInputDoneEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("sequence_number", o.SequenceNumber)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("input", o.Input)
	return w.finish(o.AdditionalProperties)
}

type ResponseCustomToolCallInputDoneEventType string

const (
	ResponseCustomToolCallInputDoneEventTypeResponseCustomToolCallInputDone ResponseCustomToolCallInputDoneEventType = "response.custom_tool_call_input.done"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseCustomToolCallInputDoneEventType) ToPointer() *ResponseCustomToolCallInputDoneEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseCustomToolCallInputDoneEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseCustomToolCallInputDoneEventType", e.decode(data, "$"))
}

func (e *ResponseCustomToolCallInputDoneEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseCustomToolCallInputDoneEventType", ResponseCustomToolCallInputDoneEventTypeResponseCustomToolCallInputDone)
}
