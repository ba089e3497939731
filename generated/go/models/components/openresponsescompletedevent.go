// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesCompletedEvent struct {
	Type           OpenResponsesCompletedEventType `json:"type"`
	Response       Response                        `json:"response"`
	SequenceNumber float64                         `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesCompletedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesCompletedEvent) GetType() OpenResponsesCompletedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesCompletedEvent) GetResponse() Response {
	if o == nil {
		return Response{}
	}
	return o.Response
}

func (o *OpenResponsesCompletedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesCompletedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesCompletedEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesCompletedEvent", o.decode(data, "$"))
}

func (o *OpenResponsesCompletedEvent) decode(data []byte, path string) error {
	var out OpenResponsesCompletedEvent
	r := readObject(data, path, "OpenResponsesCompletedEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesCompletedEventType).decode)
	readRequired(r, "response", &out.Response, (*Response).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesCompletedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("response", o.Response)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesCompletedEventType string

const (
	OpenResponsesCompletedEventTypeResponseCompleted OpenResponsesCompletedEventType = "response.completed"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesCompletedEventType) ToPointer() *OpenResponsesCompletedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesCompletedEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesCompletedEventType", e.decode(data, "$"))
}

func (e *OpenResponsesCompletedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesCompletedEventType", OpenResponsesCompletedEventTypeResponseCompleted)
}
