// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseCustomToolCallInputDeltaEvent struct {
	Type           ResponseCustomToolCallInputDeltaEventType `json:"type"`
	SequenceNumber float64                                   `json:"sequence_number"`
	OutputIndex    float64                                   `json:"output_index"`
	ItemID         string                                    `json:"item_id"`
	Delta          string                                    `json:"delta"`
	// AdditionalProperties holds the fields of the JSON object that ResponseCustomToolCallInputDeltaEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseCustomToolCallInputDeltaEvent) GetType() ResponseCustomToolCallInputDeltaEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseCustomToolCallInputDeltaEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseCustomToolCallInputDeltaEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseCustomToolCallInputDeltaEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseCustomToolCallInputDeltaEvent) GetDelta() string {
	if o == nil {
		return ""
	}
	return o.Delta
}

func (o *ResponseCustomToolCallInputDeltaEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseCustomToolCallInputDeltaEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseCustomToolCallInputDeltaEvent", o.decode(data, "$"))
}

func (o *ResponseCustomToolCallInputDeltaEvent) decode(data []byte, path string) error {
	var out ResponseCustomToolCallInputDeltaEvent
	r := readObject(data, path, "ResponseCustomToolCallInputDeltaEvent")
	readRequired(r, "type", &out.Type, (*ResponseCustomToolCallInputDeltaEventType).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "delta", &out.Delta, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseCustomToolCallInputDeltaEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("sequence_number", o.SequenceNumber)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("delta", o.Delta)
	return w.finish(o.AdditionalProperties)
}

type ResponseCustomToolCallInputDeltaEventType string

const (
	ResponseCustomToolCallInputDeltaEventTypeResponseCustomToolCallInputDelta ResponseCustomToolCallInputDeltaEventType = "response.custom_tool_call_input.delta"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseCustomToolCallInputDeltaEventType) ToPointer() *ResponseCustomToolCallInputDeltaEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseCustomToolCallInputDeltaEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseCustomToolCallInputDeltaEventType", e.decode(data, "$"))
}

func (e *ResponseCustomToolCallInputDeltaEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseCustomToolCallInputDeltaEventType", ResponseCustomToolCallInputDeltaEventTypeResponseCustomToolCallInputDelta)
}
