// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesFunctionCallArgumentsDoneEvent struct {
	Type           OpenResponsesFunctionCallArgumentsDoneEventType `json:"type"`
	ItemID         string                                          `json:"item_id"`
	OutputIndex    float64                                         `json:"output_index"`
	SequenceNumber float64                                         `json:"sequence_number"`
	Arguments      string                                          `json:"arguments"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesFunctionCallArgumentsDoneEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesFunctionCallArgumentsDoneEvent) GetType() OpenResponsesFunctionCallArgumentsDoneEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesFunctionCallArgumentsDoneEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesFunctionCallArgumentsDoneEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesFunctionCallArgumentsDoneEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesFunctionCallArgumentsDoneEvent) GetArguments() string {
	if o == nil {
		return ""
	}
	return o.Arguments
}

func (o *OpenResponsesFunctionCallArgumentsDoneEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesFunctionCallArgumentsDoneEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesFunctionCallArgumentsDoneEvent", o.decode(data, "$"))
}

func (o *OpenResponsesFunctionCallArgumentsDoneEvent) decode(data []byte, path string) error {
	var out OpenResponsesFunctionCallArgumentsDoneEvent
	r := readObject(data, path, "OpenResponsesFunctionCallArgumentsDoneEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesFunctionCallArgumentsDoneEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "arguments", &out.Arguments, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesFunctionCallArgumentsDoneEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("sequence_number", o.SequenceNumber)
	w.value("arguments", o.Arguments)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesFunctionCallArgumentsDoneEventType string

const (
	OpenResponsesFunctionCallArgumentsDoneEventTypeResponseFunctionCallArgumentsDone OpenResponsesFunctionCallArgumentsDoneEventType = "response.function_call_arguments.done"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesFunctionCallArgumentsDoneEventType) ToPointer() *OpenResponsesFunctionCallArgumentsDoneEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesFunctionCallArgumentsDoneEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesFunctionCallArgumentsDoneEventType", e.decode(data, "$"))
}

func (e *OpenResponsesFunctionCallArgumentsDoneEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesFunctionCallArgumentsDoneEventType", OpenResponsesFunctionCallArgumentsDoneEventTypeResponseFunctionCallArgumentsDone)
}
