// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesContentPartAddedEvent struct {
	Type           OpenResponsesContentPartAddedEventType `json:"type"`
	ItemID         string                                 `json:"item_id"`
	OutputIndex    float64                                `json:"output_index"`
	ContentIndex   float64                                `json:"content_index"`
	Part           OutputContent                          `json:"part"`
	SequenceNumber float64                                `json:"sequence_number"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesContentPartAddedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesContentPartAddedEvent) GetType() OpenResponsesContentPartAddedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesContentPartAddedEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesContentPartAddedEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesContentPartAddedEvent) GetContentIndex() float64 {
	if o == nil {
		return 0
	}
	return o.ContentIndex
}

func (o *OpenResponsesContentPartAddedEvent) GetPart() OutputContent {
	if o == nil {
		return OutputContent{}
	}
	return o.Part
}

func (o *OpenResponsesContentPartAddedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesContentPartAddedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesContentPartAddedEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesContentPartAddedEvent", o.decode(data, "$"))
}

func (o *OpenResponsesContentPartAddedEvent) decode(data []byte, path string) error {
	var out OpenResponsesContentPartAddedEvent
	r := readObject(data, path, "OpenResponsesContentPartAddedEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesContentPartAddedEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "content_index", &out.ContentIndex, decodeInteger)
	readRequired(r, "part", &out.Part, (*OutputContent).decode)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesContentPartAddedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("content_index", o.ContentIndex)
	w.value("part", o.Part)
	w.value("sequence_number", o.SequenceNumber)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesContentPartAddedEventType string

const (
	OpenResponsesContentPartAddedEventTypeResponseContentPartAdded OpenResponsesContentPartAddedEventType = "response.content_part.added"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesContentPartAddedEventType) ToPointer() *OpenResponsesContentPartAddedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesContentPartAddedEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesContentPartAddedEventType", e.decode(data, "$"))
}

func (e *OpenResponsesContentPartAddedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesContentPartAddedEventType", OpenResponsesContentPartAddedEventTypeResponseContentPartAdded)
}
