// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseAudioDoneEvent struct {
	Type           ResponseAudioDoneEventType `json:"type"`
	SequenceNumber float64                    `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseAudioDoneEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseAudioDoneEvent) GetType() ResponseAudioDoneEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseAudioDoneEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseAudioDoneEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseAudioDoneEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseAudioDoneEvent", o.decode(data, "$"))
}

func (o *ResponseAudioDoneEvent) decode(data []byte, path string) error {
	var out ResponseAudioDoneEvent
	r := readObject(data, path, "ResponseAudioDoneEvent")
	readRequired(r, "type", &out.Type, (*ResponseAudioDoneEventType).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseAudioDoneEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseAudioDoneEventType string

const (
	ResponseAudioDoneEventTypeResponseAudioDone ResponseAudioDoneEventType = "response.audio.done"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseAudioDoneEventType) ToPointer() *ResponseAudioDoneEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseAudioDoneEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseAudioDoneEventType", e.decode(data, "$"))
}

func (e *ResponseAudioDoneEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseAudioDoneEventType", ResponseAudioDoneEventTypeResponseAudioDone)
}
