// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesFailedEvent struct {
	Type           OpenResponsesFailedEventType `json:"type"`
	SequenceNumber float64                      `json:"sequence_number"`
	Response       Response                     `json:"response"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesFailedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesFailedEvent) GetType() OpenResponsesFailedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesFailedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesFailedEvent) GetResponse() Response {
	if o == nil {
		return Response{}
	}
	return o.Response
}

func (o *OpenResponsesFailedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesFailedEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesFailedEvent", o.decode(data, "$"))
}

func (o *OpenResponsesFailedEvent) decode(data []byte, path string) error {
	var out OpenResponsesFailedEvent
	r := readObject(data, path, "OpenResponsesFailedEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesFailedEventType).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "response", &out.Response, (*Response).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesFailedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("sequence_number", o.SequenceNumber)
	w.value("response", o.Response)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesFailedEventType string

const (
	OpenResponsesFailedEventTypeResponseFailed OpenResponsesFailedEventType = "response.failed"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesFailedEventType) ToPointer() *OpenResponsesFailedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesFailedEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesFailedEventType", e.decode(data, "$"))
}

func (e *OpenResponsesFailedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesFailedEventType", OpenResponsesFailedEventTypeResponseFailed)
}
