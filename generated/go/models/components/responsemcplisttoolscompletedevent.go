// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseMCPListToolsCompletedEvent struct {
	Type           ResponseMCPListToolsCompletedEventType `json:"type"`
	ItemID         string                                 `json:"item_id"`
	OutputIndex    float64                                `json:"output_index"`
	SequenceNumber float64                                `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseMCPListToolsCompletedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseMCPListToolsCompletedEvent) GetType() ResponseMCPListToolsCompletedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseMCPListToolsCompletedEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseMCPListToolsCompletedEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseMCPListToolsCompletedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseMCPListToolsCompletedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseMCPListToolsCompletedEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPListToolsCompletedEvent", o.decode(data, "$"))
}

func (o *ResponseMCPListToolsCompletedEvent) decode(data []byte, path string) error {
	var out ResponseMCPListToolsCompletedEvent
	r := readObject(data, path, "ResponseMCPListToolsCompletedEvent")
	readRequired(r, "type", &out.Type, (*ResponseMCPListToolsCompletedEventType).decode)
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
func (o ResponseMCPListToolsCompletedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseMCPListToolsCompletedEventType string

const (
	ResponseMCPListToolsCompletedEventTypeResponseMCPListToolsCompleted ResponseMCPListToolsCompletedEventType = "response.mcp_list_tools.completed"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseMCPListToolsCompletedEventType) ToPointer() *ResponseMCPListToolsCompletedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseMCPListToolsCompletedEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPListToolsCompletedEventType", e.decode(data, "$"))
}

func (e *ResponseMCPListToolsCompletedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseMCPListToolsCompletedEventType", ResponseMCPListToolsCompletedEventTypeResponseMCPListToolsCompleted)
}
