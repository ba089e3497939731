// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseMCPCallArgumentsDeltaEvent struct {
	Type           ResponseMCPCallArgumentsDeltaEventType `json:"type"`
	OutputIndex    float64                                `json:"output_index"`
	ItemID         string                                 `json:"item_id"`
	Delta          string                                 `json:"delta"`
	SequenceNumber float64                                `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseMCPCallArgumentsDeltaEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseMCPCallArgumentsDeltaEvent) GetType() ResponseMCPCallArgumentsDeltaEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseMCPCallArgumentsDeltaEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseMCPCallArgumentsDeltaEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseMCPCallArgumentsDeltaEvent) GetDelta() string {
	if o == nil {
		return ""
	}
	return o.Delta
}

func (o *ResponseMCPCallArgumentsDeltaEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseMCPCallArgumentsDeltaEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseMCPCallArgumentsDeltaEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPCallArgumentsDeltaEvent", o.decode(data, "$"))
}

func (o *ResponseMCPCallArgumentsDeltaEvent) decode(data []byte, path string) error {
	var out ResponseMCPCallArgumentsDeltaEvent
	r := readObject(data, path, "ResponseMCPCallArgumentsDeltaEvent")
	readRequired(r, "type", &out.Type, (*ResponseMCPCallArgumentsDeltaEventType).decode)
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
func (o ResponseMCPCallArgumentsDeltaEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("delta", o.Delta)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseMCPCallArgumentsDeltaEventType string

const (
	ResponseMCPCallArgumentsDeltaEventTypeResponseMCPCallArgumentsDelta ResponseMCPCallArgumentsDeltaEventType = "response.mcp_call_arguments.delta"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseMCPCallArgumentsDeltaEventType) ToPointer() *ResponseMCPCallArgumentsDeltaEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseMCPCallArgumentsDeltaEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPCallArgumentsDeltaEventType", e.decode(data, "$"))
}

func (e *ResponseMCPCallArgumentsDeltaEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseMCPCallArgumentsDeltaEventType", ResponseMCPCallArgumentsDeltaEventTypeResponseMCPCallArgumentsDelta)
}
