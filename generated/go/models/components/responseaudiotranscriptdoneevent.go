// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseAudioTranscriptDoneEvent struct {
	Type           ResponseAudioTranscriptDoneEventType `json:"type"`
	SequenceNumber float64                              `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseAudioTranscriptDoneEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseAudioTranscriptDoneEvent) GetType() ResponseAudioTranscriptDoneEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseAudioTranscriptDoneEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseAudioTranscriptDoneEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseAudioTranscriptDoneEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseAudioTranscriptDoneEvent", o.decode(data, "$"))
}

func (o *ResponseAudioTranscriptDoneEvent) decode(data []byte, path string) error {
	var out ResponseAudioTranscriptDoneEvent
	r := readObject(data, path, "ResponseAudioTranscriptDoneEvent")
	readRequired(r, "type", &out.Type, (*ResponseAudioTranscriptDoneEventType).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseAudioTranscriptDoneEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseAudioTranscriptDoneEventType string

const (
	ResponseAudioTranscriptDoneEventTypeResponseAudioTranscriptDone ResponseAudioTranscriptDoneEventType = "response.audio.transcript.done"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseAudioTranscriptDoneEventType) ToPointer() *ResponseAudioTranscriptDoneEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseAudioTranscriptDoneEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseAudioTranscriptDoneEventType", e.decode(data, "$"))
}

func (e *ResponseAudioTranscriptDoneEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseAudioTranscriptDoneEventType", ResponseAudioTranscriptDoneEventTypeResponseAudioTranscriptDone)
}
