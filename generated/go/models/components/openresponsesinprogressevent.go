// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesInProgressEvent struct {
	Type           OpenResponsesInProgressEventType `json:"type"`
	Response       Response                         `json:"response"`
	SequenceNumber float64                          `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesInProgressEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesInProgressEvent) GetType() OpenResponsesInProgressEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesInProgressEvent) GetResponse() Response {
	if o == nil {
		return Response{}
	}
	return o.Response
}

func (o *OpenResponsesInProgressEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesInProgressEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesInProgressEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesInProgressEvent", o.decode(data, "$"))
}

func (o *OpenResponsesInProgressEvent) decode(data []byte, path string) error {
	var out OpenResponsesInProgressEvent
	r := readObject(data, path, "OpenResponsesInProgressEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesInProgressEventType).decode)
	readRequired(r, "response", &out.Response, (*Response).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesInProgressEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("response", o.Response)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesInProgressEventType string

const (
	OpenResponsesInProgressEventTypeResponseInProgress OpenResponsesInProgressEventType = "response.in_progress"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesInProgressEventType) ToPointer() *OpenResponsesInProgressEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesInProgressEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesInProgressEventType", e.decode(data, "$"))
}

func (e *OpenResponsesInProgressEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesInProgressEventType", OpenResponsesInProgressEventTypeResponseInProgress)
}
