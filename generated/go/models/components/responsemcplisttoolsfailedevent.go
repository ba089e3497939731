// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseMCPListToolsFailedEvent struct {
	Type           ResponseMCPListToolsFailedEventType `json:"type"`
	ItemID         string                              `json:"item_id"`
	OutputIndex    float64                             `json:"output_index"`
	SequenceNumber float64                             `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseMCPListToolsFailedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseMCPListToolsFailedEvent) GetType() ResponseMCPListToolsFailedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseMCPListToolsFailedEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseMCPListToolsFailedEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseMCPListToolsFailedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseMCPListToolsFailedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseMCPListToolsFailedEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPListToolsFailedEvent", o.decode(data, "$"))
}

func (o *ResponseMCPListToolsFailedEvent) decode(data []byte, path string) error {
	var out ResponseMCPListToolsFailedEvent
	r := readObject(data, path, "ResponseMCPListToolsFailedEvent")
	readRequired(r, "type", &out.Type, (*ResponseMCPListToolsFailedEventType).decode)
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
func (o ResponseMCPListToolsFailedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseMCPListToolsFailedEventType string

const (
	ResponseMCPListToolsFailedEventTypeResponseMCPListToolsFailed ResponseMCPListToolsFailedEventType = "response.mcp_list_tools.failed"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseMCPListToolsFailedEventType) ToPointer() *ResponseMCPListToolsFailedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseMCPListToolsFailedEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPListToolsFailedEventType", e.decode(data, "$"))
}

func (e *ResponseMCPListToolsFailedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseMCPListToolsFailedEventType", ResponseMCPListToolsFailedEventTypeResponseMCPListToolsFailed)
}
