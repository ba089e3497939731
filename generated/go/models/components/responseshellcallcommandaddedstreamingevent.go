// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseShellCallCommandAddedStreamingEvent struct {
	Type           ResponseShellCallCommandAddedStreamingEventType `json:"type"`
	SequenceNumber float64                                         `json:"sequence_number"`
	OutputIndex    float64                                         `json:"output_index"`
	CommandIndex   float64                                         `json:"command_index"`
	Command        string                                          `json:"command"`
	// AdditionalProperties holds the fields of the JSON object that ResponseShellCallCommandAddedStreamingEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseShellCallCommandAddedStreamingEvent) GetType() ResponseShellCallCommandAddedStreamingEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseShellCallCommandAddedStreamingEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseShellCallCommandAddedStreamingEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseShellCallCommandAddedStreamingEvent) GetCommandIndex() float64 {
	if o == nil {
		return 0
	}
	return o.CommandIndex
}

func (o *ResponseShellCallCommandAddedStreamingEvent) GetCommand() string {
	if o == nil {
		return ""
	}
	return o.Command
}

func (o *ResponseShellCallCommandAddedStreamingEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseShellCallCommandAddedStreamingEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseShellCallCommandAddedStreamingEvent", o.decode(data, "$"))
}

func (o *ResponseShellCallCommandAddedStreamingEvent) decode(data []byte, path string) error {
	var out ResponseShellCallCommandAddedStreamingEvent
	r := readObject(data, path, "ResponseShellCallCommandAddedStreamingEvent")
	readRequired(r, "type", &out.Type, (*ResponseShellCallCommandAddedStreamingEventType).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "command_index", &out.CommandIndex, decodeInteger)
	readRequired(r, "command", &out.Command, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseShellCallCommandAddedStreamingEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("sequence_number", o.SequenceNumber)
	w.value("output_index", o.OutputIndex)
	w.value("command_index", o.CommandIndex)
	w.value("command", o.Command)
	return w.finish(o.AdditionalProperties)
}

type ResponseShellCallCommandAddedStreamingEventType string

const (
	ResponseShellCallCommandAddedStreamingEventTypeResponseShellCallCommandAdded ResponseShellCallCommandAddedStreamingEventType = "response.shell_call_command.added"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseShellCallCommandAddedStreamingEventType) ToPointer() *ResponseShellCallCommandAddedStreamingEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseShellCallCommandAddedStreamingEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseShellCallCommandAddedStreamingEventType", e.decode(data, "$"))
}

func (e *ResponseShellCallCommandAddedStreamingEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseShellCallCommandAddedStreamingEventType", ResponseShellCallCommandAddedStreamingEventTypeResponseShellCallCommandAdded)
}
