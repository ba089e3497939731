// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseFileSearchCallInProgressEvent struct {
	Type           ResponseFileSearchCallInProgressEventType `json:"type"`
	OutputIndex    float64                                   `json:"output_index"`
	ItemID         string                                    `json:"item_id"`
	SequenceNumber float64                                   `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseFileSearchCallInProgressEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseFileSearchCallInProgressEvent) GetType() ResponseFileSearchCallInProgressEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseFileSearchCallInProgressEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseFileSearchCallInProgressEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseFileSearchCallInProgressEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseFileSearchCallInProgressEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseFileSearchCallInProgressEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseFileSearchCallInProgressEvent", o.decode(data, "$"))
}

func (o *ResponseFileSearchCallInProgressEvent) decode(data []byte, path string) error {
	var out ResponseFileSearchCallInProgressEvent
	r := readObject(data, path, "ResponseFileSearchCallInProgressEvent")
	readRequired(r, "type", &out.Type, (*ResponseFileSearchCallInProgressEventType).decode)
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
func (o ResponseFileSearchCallInProgressEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseFileSearchCallInProgressEventType string

const (
	ResponseFileSearchCallInProgressEventTypeResponseFileSearchCallInProgress ResponseFileSearchCallInProgressEventType = "response.file_search_call.in_progress"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseFileSearchCallInProgressEventType) ToPointer() *ResponseFileSearchCallInProgressEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseFileSearchCallInProgressEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseFileSearchCallInProgressEventType", e.decode(data, "$"))
}

func (e *ResponseFileSearchCallInProgressEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseFileSearchCallInProgressEventType", ResponseFileSearchCallInProgressEventTypeResponseFileSearchCallInProgress)
}
