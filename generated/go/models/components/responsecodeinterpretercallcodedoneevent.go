// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseCodeInterpreterCallCodeDoneEvent struct {
	Type           ResponseCodeInterpreterCallCodeDoneEventType `json:"type"`
	OutputIndex    float64                                      `json:"output_index"`
	ItemID         string                                       `json:"item_id"`
	Code           string                                       `json:"code"`
	SequenceNumber float64                                      `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseCodeInterpreterCallCodeDoneEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseCodeInterpreterCallCodeDoneEvent) GetType() ResponseCodeInterpreterCallCodeDoneEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseCodeInterpreterCallCodeDoneEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseCodeInterpreterCallCodeDoneEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseCodeInterpreterCallCodeDoneEvent) GetCode() string {
	if o == nil {
		return ""
	}
	return o.Code
}

func (o *ResponseCodeInterpreterCallCodeDoneEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseCodeInterpreterCallCodeDoneEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseCodeInterpreterCallCodeDoneEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseCodeInterpreterCallCodeDoneEvent", o.decode(data, "$"))
}

func (o *ResponseCodeInterpreterCallCodeDoneEvent) decode(data []byte, path string) error {
	var out ResponseCodeInterpreterCallCodeDoneEvent
	r := readObject(data, path, "ResponseCodeInterpreterCallCodeDoneEvent")
	readRequired(r, "type", &out.Type, (*ResponseCodeInterpreterCallCodeDoneEventType).decode)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "code", &out.Code, decodeString)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseCodeInterpreterCallCodeDoneEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("code", o.Code)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseCodeInterpreterCallCodeDoneEventType string

const (
	ResponseCodeInterpreterCallCodeDoneEventTypeResponseCodeInterpreterCallCodeDone ResponseCodeInterpreterCallCodeDoneEventType = "response.code_interpreter_call_code.done"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseCodeInterpreterCallCodeDoneEventType) ToPointer() *ResponseCodeInterpreterCallCodeDoneEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseCodeInterpreterCallCodeDoneEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseCodeInterpreterCallCodeDoneEventType", e.decode(data, "$"))
}

func (e *ResponseCodeInterpreterCallCodeDoneEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseCodeInterpreterCallCodeDoneEventType", ResponseCodeInterpreterCallCodeDoneEventTypeResponseCodeInterpreterCallCodeDone)
}
