// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseMCPCallArgumentsDoneEvent struct {
	Type           ResponseMCPCallArgumentsDoneEventType `json:"type"`
	OutputIndex    float64                               `json:"output_index"`
	ItemID         string                                `json:"item_id"`
	Arguments      string                                `json:"arguments"`
	SequenceNumber float64                               `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseMCPCallArgumentsDoneEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseMCPCallArgumentsDoneEvent) GetType() ResponseMCPCallArgumentsDoneEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseMCPCallArgumentsDoneEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseMCPCallArgumentsDoneEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseMCPCallArgumentsDoneEvent) GetArguments() string {
	if o == nil {
		return ""
	}
	return o.Arguments
}

func (o *ResponseMCPCallArgumentsDoneEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseMCPCallArgumentsDoneEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseMCPCallArgumentsDoneEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPCallArgumentsDoneEvent", o.decode(data, "$"))
}

func (o *ResponseMCPCallArgumentsDoneEvent) decode(data []byte, path string) error {
	var out ResponseMCPCallArgumentsDoneEvent
	r := readObject(data, path, "ResponseMCPCallArgumentsDoneEvent")
	readRequired(r, "type", &out.Type, (*ResponseMCPCallArgumentsDoneEventType).decode)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "arguments", &out.Arguments, decodeString)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseMCPCallArgumentsDoneEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("arguments", o.Arguments)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseMCPCallArgumentsDoneEventType string

const (
	ResponseMCPCallArgumentsDoneEventTypeResponseMCPCallArgumentsDone ResponseMCPCallArgumentsDoneEventType = "response.mcp_call_arguments.done"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseMCPCallArgumentsDoneEventType) ToPointer() *ResponseMCPCallArgumentsDoneEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseMCPCallArgumentsDoneEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseMCPCallArgumentsDoneEventType", e.decode(data, "$"))
}

func (e *ResponseMCPCallArgumentsDoneEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseMCPCallArgumentsDoneEventType", ResponseMCPCallArgumentsDoneEventTypeResponseMCPCallArgumentsDone)
}
