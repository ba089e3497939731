// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseQueuedEvent struct {
	Type           ResponseQueuedEventType `json:"type"`
	Response       Response                `json:"response"`
	SequenceNumber float64                 `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseQueuedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseQueuedEvent) GetType() ResponseQueuedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseQueuedEvent) GetResponse() Response {
	if o == nil {
		return Response{}
	}
	return o.Response
}

func (o *ResponseQueuedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseQueuedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseQueuedEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseQueuedEvent", o.decode(data, "$"))
}

func (o *ResponseQueuedEvent) decode(data []byte, path string) error {
	var out ResponseQueuedEvent
	r := readObject(data, path, "ResponseQueuedEvent")
	readRequired(r, "type", &out.Type, (*ResponseQueuedEventType).decode)
	readRequired(r, "response", &out.Response, (*Response).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseQueuedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("response", o.Response)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseQueuedEventType string

const (
	ResponseQueuedEventTypeResponseQueued ResponseQueuedEventType = "response.queued"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseQueuedEventType) ToPointer() *ResponseQueuedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseQueuedEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseQueuedEventType", e.decode(data, "$"))
}

func (e *ResponseQueuedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseQueuedEventType", ResponseQueuedEventTypeResponseQueued)
}
