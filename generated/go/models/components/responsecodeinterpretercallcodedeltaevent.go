// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseCodeInterpreterCallCodeDeltaEvent struct {
	Type           ResponseCodeInterpreterCallCodeDeltaEventType `json:"type"`
	OutputIndex    float64                                       `json:"output_index"`
	ItemID         string                                        `json:"item_id"`
	Delta          string                                        `json:"delta"`
	SequenceNumber float64                                       `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseCodeInterpreterCallCodeDeltaEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseCodeInterpreterCallCodeDeltaEvent) GetType() ResponseCodeInterpreterCallCodeDeltaEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseCodeInterpreterCallCodeDeltaEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseCodeInterpreterCallCodeDeltaEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseCodeInterpreterCallCodeDeltaEvent) GetDelta() string {
	if o == nil {
		return ""
	}
	return o.Delta
}

func (o *ResponseCodeInterpreterCallCodeDeltaEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseCodeInterpreterCallCodeDeltaEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseCodeInterpreterCallCodeDeltaEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseCodeInterpreterCallCodeDeltaEvent", o.decode(data, "$"))
}

func (o *ResponseCodeInterpreterCallCodeDeltaEvent) decode(data []byte, path string) error {
	var out ResponseCodeInterpreterCallCodeDeltaEvent
	r := readObject(data, path, "ResponseCodeInterpreterCallCodeDeltaEvent")
	readRequired(r, "type", &out.Type, (*ResponseCodeInterpreterCallCodeDeltaEventType).decode)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "delta", &out.Delta, decodeString)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseCodeInterpreterCallCodeDeltaEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("delta", o.Delta)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseCodeInterpreterCallCodeDeltaEventType string

const (
	ResponseCodeInterpreterCallCodeDeltaEventTypeResponseCodeInterpreterCallCodeDelta ResponseCodeInterpreterCallCodeDeltaEventType = "response.code_interpreter_call_code.delta"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseCodeInterpreterCallCodeDeltaEventType) ToPointer() *ResponseCodeInterpreterCallCodeDeltaEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseCodeInterpreterCallCodeDeltaEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseCodeInterpreterCallCodeDeltaEventType", e.decode(data, "$"))
}

func (e *ResponseCodeInterpreterCallCodeDeltaEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseCodeInterpreterCallCodeDeltaEventType", ResponseCodeInterpreterCallCodeDeltaEventTypeResponseCodeInterpreterCallCodeDelta)
}
