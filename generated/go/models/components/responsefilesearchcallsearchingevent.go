// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseFileSearchCallSearchingEvent struct {
	Type           ResponseFileSearchCallSearchingEventType `json:"type"`
	OutputIndex    float64                                  `json:"output_index"`
	ItemID         string                                   `json:"item_id"`
	SequenceNumber float64                                  `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseFileSearchCallSearchingEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseFileSearchCallSearchingEvent) GetType() ResponseFileSearchCallSearchingEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseFileSearchCallSearchingEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseFileSearchCallSearchingEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseFileSearchCallSearchingEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseFileSearchCallSearchingEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseFileSearchCallSearchingEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseFileSearchCallSearchingEvent", o.decode(data, "$"))
}

func (o *ResponseFileSearchCallSearchingEvent) decode(data []byte, path string) error {
	var out ResponseFileSearchCallSearchingEvent
	r := readObject(data, path, "ResponseFileSearchCallSearchingEvent")
	readRequired(r, "type", &out.Type, (*ResponseFileSearchCallSearchingEventType).decode)
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
func (o ResponseFileSearchCallSearchingEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseFileSearchCallSearchingEventType string

const (
	ResponseFileSearchCallSearchingEventTypeResponseFileSearchCallSearching ResponseFileSearchCallSearchingEventType = "response.file_search_call.searching"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseFileSearchCallSearchingEventType) ToPointer() *ResponseFileSearchCallSearchingEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseFileSearchCallSearchingEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseFileSearchCallSearchingEventType", e.decode(data, "$"))
}

func (e *ResponseFileSearchCallSearchingEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseFileSearchCallSearchingEventType", ResponseFileSearchCallSearchingEventTypeResponseFileSearchCallSearching)
}
