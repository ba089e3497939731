// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseWebSearchCallInProgressEvent struct {
	Type           ResponseWebSearchCallInProgressEventType `json:"type"`
	OutputIndex    float64                                  `json:"output_index"`
	ItemID         string                                   `json:"item_id"`
	SequenceNumber float64                                  `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseWebSearchCallInProgressEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseWebSearchCallInProgressEvent) GetType() ResponseWebSearchCallInProgressEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseWebSearchCallInProgressEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseWebSearchCallInProgressEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseWebSearchCallInProgressEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseWebSearchCallInProgressEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseWebSearchCallInProgressEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseWebSearchCallInProgressEvent", o.decode(data, "$"))
}

func (o *ResponseWebSearchCallInProgressEvent) decode(data []byte, path string) error {
	var out ResponseWebSearchCallInProgressEvent
	r := readObject(data, path, "ResponseWebSearchCallInProgressEvent")
	readRequired(r, "type", &out.Type, (*ResponseWebSearchCallInProgressEventType).decode)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseWebSearchCallInProgressEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseWebSearchCallInProgressEventType string

const (
	ResponseWebSearchCallInProgressEventTypeResponseWebSearchCallInProgress ResponseWebSearchCallInProgressEventType = "response.web_search_call.in_progress"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseWebSearchCallInProgressEventType) ToPointer() *ResponseWebSearchCallInProgressEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseWebSearchCallInProgressEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseWebSearchCallInProgressEventType", e.decode(data, "$"))
}

func (e *ResponseWebSearchCallInProgressEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseWebSearchCallInProgressEventType", ResponseWebSearchCallInProgressEventTypeResponseWebSearchCallInProgress)
}
