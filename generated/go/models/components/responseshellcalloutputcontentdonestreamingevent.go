// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseShellCallOutputContentDoneStreamingEvent struct {
	Type           ResponseShellCallOutputContentDoneStreamingEventType `json:"type"`
	SequenceNumber float64                                              `json:"sequence_number"`
	ItemID         string                                               `json:"item_id"`
	OutputIndex    float64                                              `json:"output_index"`
	CommandIndex   float64                                              `json:"command_index"`
	Output         []FunctionShellCallOutputContent                     `json:"output"`
	// AdditionalProperties holds the fields of the JSON object that ResponseShellCallOutputContentDoneStreamingEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseShellCallOutputContentDoneStreamingEvent) GetType() ResponseShellCallOutputContentDoneStreamingEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseShellCallOutputContentDoneStreamingEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *ResponseShellCallOutputContentDoneStreamingEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *ResponseShellCallOutputContentDoneStreamingEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *ResponseShellCallOutputContentDoneStreamingEvent) GetCommandIndex() float64 {
	if o == nil {
		return 0
	}
	return o.CommandIndex
}

func (o *ResponseShellCallOutputContentDoneStreamingEvent) GetOutput() []FunctionShellCallOutputContent {
	if o == nil {
		return nil
	}
	return o.Output
}

func (o *ResponseShellCallOutputContentDoneStreamingEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseShellCallOutputContentDoneStreamingEvent) UnmarshalJSON(data []byte) error {
	return rooted("ResponseShellCallOutputContentDoneStreamingEvent", o.decode(data, "$"))
}

func (o *ResponseShellCallOutputContentDoneStreamingEvent) decode(data []byte, path string) error {
	var out ResponseShellCallOutputContentDoneStreamingEvent
	r := readObject(data, path, "ResponseShellCallOutputContentDoneStreamingEvent")
	readRequired(r, "type", &out.Type, (*ResponseShellCallOutputContentDoneStreamingEventType).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "command_index", &out.CommandIndex, decodeInteger)
	readRequired(r, "output", &out.Output, decodeArray((*FunctionShellCallOutputContent).decode))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseShellCallOutputContentDoneStreamingEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("sequence_number", o.SequenceNumber)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("command_index", o.CommandIndex)
	w.value("output", o.Output)
	return w.finish(o.AdditionalProperties)
}

type ResponseShellCallOutputContentDoneStreamingEventType string

const (
	ResponseShellCallOutputContentDoneStreamingEventTypeResponseShellCallOutputContentDone ResponseShellCallOutputContentDoneStreamingEventType = "response.shell_call_output_content.done"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseShellCallOutputContentDoneStreamingEventType) ToPointer() *ResponseShellCallOutputContentDoneStreamingEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseShellCallOutputContentDoneStreamingEventType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseShellCallOutputContentDoneStreamingEventType", e.decode(data, "$"))
}

func (e *ResponseShellCallOutputContentDoneStreamingEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseShellCallOutputContentDoneStreamingEventType", ResponseShellCallOutputContentDoneStreamingEventTypeResponseShellCallOutputContentDone)
}
