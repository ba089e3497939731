// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseMCPCallInProgressEvent struct {
	Type           ResponseMCPCallInProgressEventType `json:"type"`
	SequenceNumber float64                            `json:"sequence_number"`
	OutputIndex    float64                            `json:"output_index"`
	ItemID         string                             `json:"item_id"`
	// AdditionalProperties holds the fields of the JSON object that ResponseMCPCallInProgressEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseMCPCallInProgressEvent) GetType() ResponseMCPCallInProgressEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseMCPCallInProgressEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseMCPCallInProgressEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseMCPCallInProgressEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseMCPCallInProgressEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseMCPCallInProgressEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPCallInProgressEvent", o.decode(data, "$"))
}

func (o *ResponseMCPCallInProgressEvent) decode(data []byte, path string) error {
	var out ResponseMCPCallInProgressEvent
	r := readObject(data, path, "ResponseMCPCallInProgressEvent")
	readRequired(r, "type", &out.Type, (*ResponseMCPCallInProgressEventType).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseMCPCallInProgressEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("sequence_number", o.SequenceNumber)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	return w.finish(o.AdditionalProperties)
}

type ResponseMCPCallInProgressEventType string

const (
	ResponseMCPCallInProgressEventTypeResponseMCPCallInProgress ResponseMCPCallInProgressEventType = "response.mcp_call.in_progress"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseMCPCallInProgressEventType) ToPointer() *ResponseMCPCallInProgressEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseMCPCallInProgressEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPCallInProgressEventType", e.decode(data, "$"))
}

func (e *ResponseMCPCallInProgressEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseMCPCallInProgressEventType", ResponseMCPCallInProgressEventTypeResponseMCPCallInProgress)
}
