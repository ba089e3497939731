// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesCreatedEvent struct {
	Type           OpenResponsesCreatedEventType `json:"type"`
	Response       Response                      `json:"response"`
	SequenceNumber float64                       `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesCreatedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesCreatedEvent) GetType() OpenResponsesCreatedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesCreatedEvent) GetResponse() Response {
	if o == nil {
		return Response{}
	}
	return o.Response
}

func (o *OpenResponsesCreatedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesCreatedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesCreatedEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesCreatedEvent", o.decode(data, "$"))
}

func (o *OpenResponsesCreatedEvent) decode(data []byte, path string) error {
	var out OpenResponsesCreatedEvent
	r := readObject(data, path, "OpenResponsesCreatedEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesCreatedEventType).decode)
	readRequired(r, "response", &out.Response, (*Response).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesCreatedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("response", o.Response)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesCreatedEventType string

const (
	OpenResponsesCreatedEventTypeResponseCreated OpenResponsesCreatedEventType = "response.created"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesCreatedEventType) ToPointer() *OpenResponsesCreatedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesCreatedEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesCreatedEventType", e.decode(data, "$"))
}

func (e *OpenResponsesCreatedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesCreatedEventType", OpenResponsesCreatedEventTypeResponseCreated)
}
