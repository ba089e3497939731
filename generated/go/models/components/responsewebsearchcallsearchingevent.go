// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseWebSearchCallSearchingEvent struct {
	Type           ResponseWebSearchCallSearchingEventType `json:"type"`
	OutputIndex    float64                                 `json:"output_index"`
	ItemID         string                                  `json:"item_id"`
	SequenceNumber float64                                 `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseWebSearchCallSearchingEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseWebSearchCallSearchingEvent) GetType() ResponseWebSearchCallSearchingEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseWebSearchCallSearchingEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseWebSearchCallSearchingEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseWebSearchCallSearchingEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseWebSearchCallSearchingEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseWebSearchCallSearchingEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseWebSearchCallSearchingEvent", o.decode(data, "$"))
}

func (o *ResponseWebSearchCallSearchingEvent) decode(data []byte, path string) error {
	var out ResponseWebSearchCallSearchingEvent
	r := readObject(data, path, "ResponseWebSearchCallSearchingEvent")
	readRequired(r, "type", &out.Type, (*ResponseWebSearchCallSearchingEventType).decode)
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
func (o ResponseWebSearchCallSearchingEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("output_index", o.OutputIndex)
	w.value("item_id", o.ItemID)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseWebSearchCallSearchingEventType string

const (
	ResponseWebSearchCallSearchingEventTypeResponseWebSearchCallSearching ResponseWebSearchCallSearchingEventType = "response.web_search_call.searching"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseWebSearchCallSearchingEventType) ToPointer() *ResponseWebSearchCallSearchingEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseWebSearchCallSearchingEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseWebSearchCallSearchingEventType", e.decode(data, "$"))
}

func (e *ResponseWebSearchCallSearchingEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseWebSearchCallSearchingEventType", ResponseWebSearchCallSearchingEventTypeResponseWebSearchCallSearching)
}
