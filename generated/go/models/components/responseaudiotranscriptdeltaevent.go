// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseAudioTranscriptDeltaEvent struct {
	Type           ResponseAudioTranscriptDeltaEventType `json:"type"`
	Delta          string                                `json:"delta"`
	SequenceNumber float64                               `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that ResponseAudioTranscriptDeltaEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseAudioTranscriptDeltaEvent) GetType() ResponseAudioTranscriptDeltaEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseAudioTranscriptDeltaEvent) GetDelta() string {
	if o == nil {
		return ""
	}
	return o.Delta
}

func (o *ResponseAudioTranscriptDeltaEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseAudioTranscriptDeltaEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseAudioTranscriptDeltaEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseAudioTranscriptDeltaEvent", o.decode(data, "$"))
}

func (o *ResponseAudioTranscriptDeltaEvent) decode(data []byte, path string) error {
	var out ResponseAudioTranscriptDeltaEvent
	r := readObject(data, path, "ResponseAudioTranscriptDeltaEvent")
	readRequired(r, "type", &out.Type, (*ResponseAudioTranscriptDeltaEventType).decode)
	readRequired(r, "delta", &out.Delta, decodeString)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseAudioTranscriptDeltaEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("delta", o.Delta)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type ResponseAudioTranscriptDeltaEventType string

const (
	ResponseAudioTranscriptDeltaEventTypeResponseAudioTranscriptDelta ResponseAudioTranscriptDeltaEventType = "response.audio.transcript.delta"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseAudioTranscriptDeltaEventType) ToPointer() *ResponseAudioTranscriptDeltaEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseAudioTranscriptDeltaEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseAudioTranscriptDeltaEventType", e.decode(data, "$"))
}

func (e *ResponseAudioTranscriptDeltaEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseAudioTranscriptDeltaEventType", ResponseAudioTranscriptDeltaEventTypeResponseAudioTranscriptDelta)
}
