// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseShellCallOutputContentDeltaStreamingEvent struct {
	Type           ResponseShellCallOutputContentDeltaStreamingEventType `json:"type"`
	SequenceNumber float64                                               `json:"sequence_number"`
	ItemID         string                                                `json:"item_id"`
	OutputIndex    float64                                               `json:"output_index"`
	CommandIndex   float64                                               `json:"command_index"`
	Delta          ShellCallOutputDelta                                  `json:"delta"`
	// AdditionalProperties holds the fields of the JSON object that ResponseShellCallOutputContentDeltaStreamingEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseShellCallOutputContentDeltaStreamingEvent) GetType() ResponseShellCallOutputContentDeltaStreamingEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseShellCallOutputContentDeltaStreamingEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseShellCallOutputContentDeltaStreamingEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseShellCallOutputContentDeltaStreamingEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseShellCallOutputContentDeltaStreamingEvent) GetCommandIndex() float64 {
	if o == nil {
		return 0
	}
	return o.CommandIndex
}

func (o *ResponseShellCallOutputContentDeltaStreamingEvent) GetDelta() ShellCallOutputDelta {
	if o == nil {
		return ShellCallOutputDelta{}
	}
	return o.Delta
}

func (o *ResponseShellCallOutputContentDeltaStreamingEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseShellCallOutputContentDeltaStreamingEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseShellCallOutputContentDeltaStreamingEvent", o.decode(data, "$"))
}

func (o *ResponseShellCallOutputContentDeltaStreamingEvent) decode(data []byte, path string) error {
	var out ResponseShellCallOutputContentDeltaStreamingEvent
	r := readObject(data, path, "ResponseShellCallOutputContentDeltaStreamingEvent")
	readRequired(r, "type", &out.Type, (*ResponseShellCallOutputContentDeltaStreamingEventType).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "command_index", &out.CommandIndex, decodeInteger)
	readRequired(r, "delta", &out.Delta, (*ShellCallOutputDelta).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseShellCallOutputContentDeltaStreamingEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("sequence_number", o.SequenceNumber)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("command_index", o.CommandIndex)
	w.value("delta", o.Delta)
	return w.finish(o.AdditionalProperties)
}

type ResponseShellCallOutputContentDeltaStreamingEventType string

const (
	ResponseShellCallOutputContentDeltaStreamingEventTypeResponseShellCallOutputContentDelta ResponseShellCallOutputContentDeltaStreamingEventType = "response.shell_call_output_content.delta"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseShellCallOutputContentDeltaStreamingEventType) ToPointer() *ResponseShellCallOutputContentDeltaStreamingEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseShellCallOutputContentDeltaStreamingEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseShellCallOutputContentDeltaStreamingEventType", e.decode(data, "$"))
}

func (e *ResponseShellCallOutputContentDeltaStreamingEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseShellCallOutputContentDeltaStreamingEventType", ResponseShellCallOutputContentDeltaStreamingEventTypeResponseShellCallOutputContentDelta)
}
