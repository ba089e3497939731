// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseMCPCallFailedEvent struct {
	Type           ResponseMCPCallFailedEventType `json:"type"`
	ItemID         string                         `json:"item_id"`
	OutputIndex    float64                        `json:"output_index"`
	SequenceNumber float64                        `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseMCPCallFailedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseMCPCallFailedEvent) GetType() ResponseMCPCallFailedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseMCPCallFailedEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseMCPCallFailedEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseMCPCallFailedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseMCPCallFailedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseMCPCallFailedEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPCallFailedEvent", o.decode(data, "$"))
}

func (o *ResponseMCPCallFailedEvent) decode(data []byte, path string) error {
	var out ResponseMCPCallFailedEvent
	r := readObject(data, path, "ResponseMCPCallFailedEvent")
	readRequired(r, "type", &out.Type, (*ResponseMCPCallFailedEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseMCPCallFailedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseMCPCallFailedEventType string

const (
	ResponseMCPCallFailedEventTypeResponseMCPCallFailed ResponseMCPCallFailedEventType = "response.mcp_call.failed"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseMCPCallFailedEventType) ToPointer() *ResponseMCPCallFailedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseMCPCallFailedEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPCallFailedEventType", e.decode(data, "$"))
}

func (e *ResponseMCPCallFailedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseMCPCallFailedEventType", ResponseMCPCallFailedEventTypeResponseMCPCallFailed)
}
