// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseShellCallCommandDeltaStreamingEvent struct {
	Type           ResponseShellCallCommandDeltaStreamingEventType `json:"type"`
	SequenceNumber float64                                         `json:"sequence_number"`
	OutputIndex    float64                                         `json:"output_index"`
	CommandIndex   float64                                         `json:"command_index"`
	Delta          string                                          `json:"delta"`
	Obfuscation    *string                                         `json:"obfuscation,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ResponseShellCallCommandDeltaStreamingEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseShellCallCommandDeltaStreamingEvent) GetType() ResponseShellCallCommandDeltaStreamingEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseShellCallCommandDeltaStreamingEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseShellCallCommandDeltaStreamingEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseShellCallCommandDeltaStreamingEvent) GetCommandIndex() float64 {
	if o == nil {
		return 0
	}
	return o.CommandIndex
}

func (o *ResponseShellCallCommandDeltaStreamingEvent) GetDelta() string {
	if o == nil {
		return ""
	}
	return o.Delta
}

func (o *ResponseShellCallCommandDeltaStreamingEvent) GetObfuscation() *string {
	if o == nil {
		return nil
	}
	return o.Obfuscation
}

func (o *ResponseShellCallCommandDeltaStreamingEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseShellCallCommandDeltaStreamingEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseShellCallCommandDeltaStreamingEvent", o.decode(data, "$"))
}

func (o *ResponseShellCallCommandDeltaStreamingEvent) decode(data []byte, path string) error {
	var out ResponseShellCallCommandDeltaStreamingEvent
	r := readObject(data, path, "ResponseShellCallCommandDeltaStreamingEvent")
	readRequired(r, "type", &out.Type, (*ResponseShellCallCommandDeltaStreamingEventType).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "command_index", &out.CommandIndex, decodeInteger)
	readRequired(r, "delta", &out.Delta, decodeString)
	readOptional(r, "obfuscation", &out.Obfuscation, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseShellCallCommandDeltaStreamingEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("sequence_number", o.SequenceNumber)
	w.value("output_index", o.OutputIndex)
	w.value("command_index", o.CommandIndex)
	w.value("delta", o.Delta)
	w.valueIf(o.Obfuscation != nil, "obfuscation", o.Obfuscation)
	return w.finish(o.AdditionalProperties)
}

type ResponseShellCallCommandDeltaStreamingEventType string

const (
	ResponseShellCallCommandDeltaStreamingEventTypeResponseShellCallCommandDelta ResponseShellCallCommandDeltaStreamingEventType = "response.shell_call_command.delta"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseShellCallCommandDeltaStreamingEventType) ToPointer() *ResponseShellCallCommandDeltaStreamingEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseShellCallCommandDeltaStreamingEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseShellCallCommandDeltaStreamingEventType", e.decode(data, "$"))
}

func (e *ResponseShellCallCommandDeltaStreamingEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseShellCallCommandDeltaStreamingEventType", ResponseShellCallCommandDeltaStreamingEventTypeResponseShellCallCommandDelta)
}
