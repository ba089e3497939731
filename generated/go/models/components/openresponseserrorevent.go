// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesErrorEvent struct {
	Type           OpenResponsesErrorEventType `json:"type"`
	Code           *string                     `json:"code"`
	Message        string                      `json:"message"`
	Param          *string                     `json:"param"`
	SequenceNumber float64                     `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesErrorEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesErrorEvent) GetType() OpenResponsesErrorEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesErrorEvent) GetCode() *string {
	if o == nil {
		return nil
	}
	return o.Code
}

func (o *OpenResponsesErrorEvent) GetMessage() string {
	if o == nil {
		return ""
	}
	return o.Message
}

func (o *OpenResponsesErrorEvent) GetParam() *string {
	if o == nil {
		return nil
	}
	return o.Param
}

func (o *OpenResponsesErrorEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesErrorEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesErrorEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesErrorEvent", o.decode(data, "$"))
}

func (o *OpenResponsesErrorEvent) decode(data []byte, path string) error {
	var out OpenResponsesErrorEvent
	r := readObject(data, path, "OpenResponsesErrorEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesErrorEventType).decode)
	readRequired(r, "code", &out.Code, decodeNullable(decodeString))
	readRequired(r, "message", &out.Message, decodeString)
	readRequired(r, "param", &out.Param, decodeNullable(decodeString))
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesErrorEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("code", o.Code)
	w.value("message", o.Message)
	w.value("param", o.Param)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesErrorEventType string

const (
	OpenResponsesErrorEventTypeError OpenResponsesErrorEventType = "error"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesErrorEventType) ToPointer() *OpenResponsesErrorEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesErrorEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesErrorEventType", e.decode(data, "$"))
}

func (e *OpenResponsesErrorEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesErrorEventType", OpenResponsesErrorEventTypeError)
}
