// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseMCPListToolsInProgressEvent struct {
	Type           ResponseMCPListToolsInProgressEventType `json:"type"`
	ItemID         string                                  `json:"item_id"`
	OutputIndex    float64                                 `json:"output_index"`
	SequenceNumber float64                                 `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseMCPListToolsInProgressEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseMCPListToolsInProgressEvent) GetType() ResponseMCPListToolsInProgressEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseMCPListToolsInProgressEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseMCPListToolsInProgressEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseMCPListToolsInProgressEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseMCPListToolsInProgressEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseMCPListToolsInProgressEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPListToolsInProgressEvent", o.decode(data, "$"))
}

func (o *ResponseMCPListToolsInProgressEvent) decode(data []byte, path string) error {
	var out ResponseMCPListToolsInProgressEvent
	r := readObject(data, path, "ResponseMCPListToolsInProgressEvent")
	readRequired(r, "type", &out.Type, (*ResponseMCPListToolsInProgressEventType).decode)
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
func (o ResponseMCPListToolsInProgressEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseMCPListToolsInProgressEventType string

const (
	ResponseMCPListToolsInProgressEventTypeResponseMCPListToolsInProgress ResponseMCPListToolsInProgressEventType = "response.mcp_list_tools.in_progress"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseMCPListToolsInProgressEventType) ToPointer() *ResponseMCPListToolsInProgressEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseMCPListToolsInProgressEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPListToolsInProgressEventType", e.decode(data, "$"))
}

func (e *ResponseMCPListToolsInProgressEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseMCPListToolsInProgressEventType", ResponseMCPListToolsInProgressEventTypeResponseMCPListToolsInProgress)
}
