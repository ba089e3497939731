// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseMCPCallCompletedEvent struct {
	Type           ResponseMCPCallCompletedEventType `json:"type"`
	ItemID         string                            `json:"item_id"`
	OutputIndex    float64                           `json:"output_index"`
	SequenceNumber float64                           `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseMCPCallCompletedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseMCPCallCompletedEvent) GetType() ResponseMCPCallCompletedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseMCPCallCompletedEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseMCPCallCompletedEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseMCPCallCompletedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseMCPCallCompletedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseMCPCallCompletedEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPCallCompletedEvent", o.decode(data, "$"))
}

func (o *ResponseMCPCallCompletedEvent) decode(data []byte, path string) error {
	var out ResponseMCPCallCompletedEvent
	r := readObject(data, path, "ResponseMCPCallCompletedEvent")
	readRequired(r, "type", &out.Type, (*ResponseMCPCallCompletedEventType).decode)
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
func (o ResponseMCPCallCompletedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseMCPCallCompletedEventType string

const (
	ResponseMCPCallCompletedEventTypeResponseMCPCallCompleted ResponseMCPCallCompletedEventType = "response.mcp_call.completed"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseMCPCallCompletedEventType) ToPointer() *ResponseMCPCallCompletedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseMCPCallCompletedEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPCallCompletedEventType", e.decode(data, "$"))
}

func (e *ResponseMCPCallCompletedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseMCPCallCompletedEventType", ResponseMCPCallCompletedEventTypeResponseMCPCallCompleted)
}
