// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesContentPartDoneEvent struct {
	Type           OpenResponsesContentPartDoneEventType `json:"type"`
	ItemID         string                                `json:"item_id"`
	OutputIndex    float64                               `json:"output_index"`
	ContentIndex   float64                               `json:"content_index"`
	SequenceNumber float64                               `json:"sequence_number"`
	Part           OutputContent                         `json:"part"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesContentPartDoneEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesContentPartDoneEvent) GetType() OpenResponsesContentPartDoneEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesContentPartDoneEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesContentPartDoneEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesContentPartDoneEvent) GetContentIndex() float64 {
	if o == nil {
		return 0
	}
	return o.ContentIndex
}

func (o *OpenResponsesContentPartDoneEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesContentPartDoneEvent) GetPart() OutputContent {
	if o == nil {
		return OutputContent{}
	}
	return o.Part
}

func (o *OpenResponsesContentPartDoneEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesContentPartDoneEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesContentPartDoneEvent", o.decode(data, "$"))
}

func (o *OpenResponsesContentPartDoneEvent) decode(data []byte, path string) error {
	var out OpenResponsesContentPartDoneEvent
	r := readObject(data, path, "OpenResponsesContentPartDoneEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesContentPartDoneEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "content_index", &out.ContentIndex, decodeInteger)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "part", &out.Part, (*OutputContent).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesContentPartDoneEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("content_index", o.ContentIndex)
	w.value("sequence_number", o.SequenceNumber)
	w.value("part", o.Part)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesContentPartDoneEventType string

const (
	OpenResponsesContentPartDoneEventTypeResponseContentPartDone OpenResponsesContentPartDoneEventType = "response.content_part.done"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesContentPartDoneEventType) ToPointer() *OpenResponsesContentPartDoneEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesContentPartDoneEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesContentPartDoneEventType", e.decode(data, "$"))
}

func (e *OpenResponsesContentPartDoneEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesContentPartDoneEventType", OpenResponsesContentPartDoneEventTypeResponseContentPartDone)
}
