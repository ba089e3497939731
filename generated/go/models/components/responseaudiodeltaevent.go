// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseAudioDeltaEvent struct {
	Type           ResponseAudioDeltaEventType `json:"type"`
	SequenceNumber float64                     `json:"sequence_number"`
	Delta          string                      `json:"delta"`
	// AdditionalProperties holds the fields of the JSON object that ResponseAudioDeltaEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseAudioDeltaEvent) GetType() ResponseAudioDeltaEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseAudioDeltaEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseAudioDeltaEvent) GetDelta() string {
	if o == nil {
		return ""
	}
	return o.Delta
}

func (o *ResponseAudioDeltaEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseAudioDeltaEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseAudioDeltaEvent", o.decode(data, "$"))
}

func (o *ResponseAudioDeltaEvent) decode(data []byte, path string) error {
	var out ResponseAudioDeltaEvent
	r := readObject(data, path, "ResponseAudioDeltaEvent")
	readRequired(r, "type", &out.Type, (*ResponseAudioDeltaEventType).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "delta", &out.Delta, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseAudioDeltaEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("sequence_number", o.SequenceNumber)
	w.value("delta", o.Delta)
	return w.finish(o.AdditionalProperties)
}

type ResponseAudioDeltaEventType string

const (
	ResponseAudioDeltaEventTypeResponseAudioDelta ResponseAudioDeltaEventType = "response.audio.delta"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseAudioDeltaEventType) ToPointer() *ResponseAudioDeltaEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseAudioDeltaEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseAudioDeltaEventType", e.decode(data, "$"))
}

func (e *ResponseAudioDeltaEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseAudioDeltaEventType", ResponseAudioDeltaEventTypeResponseAudioDelta)
}
