// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesTextDoneEvent struct {
	Type           OpenResponsesTextDoneEventType `json:"type"`
	ItemID         string                         `json:"item_id"`
	OutputIndex    float64                        `json:"output_index"`
	ContentIndex   float64                        `json:"content_index"`
	Text           string                         `json:"text"`
	SequenceNumber float64                        `json:"sequence_number"`
	Logprobs       []ResponseLogProb              `json:"logprobs"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesTextDoneEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesTextDoneEvent) GetType() OpenResponsesTextDoneEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesTextDoneEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesTextDoneEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesTextDoneEvent) GetContentIndex() float64 {
	if o == nil {
		return 0
	}
	return o.ContentIndex
}

func (o *OpenResponsesTextDoneEvent) GetText() string {
	if o == nil {
		return ""
	}
	return o.Text
}

func (o *OpenResponsesTextDoneEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesTextDoneEvent) GetLogprobs() []ResponseLogProb {
	if o == nil {
		return nil
	}
	return o.Logprobs
}

func (o *OpenResponsesTextDoneEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesTextDoneEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesTextDoneEvent", o.decode(data, "$"))
}

func (o *OpenResponsesTextDoneEvent) decode(data []byte, path string) error {
	var out OpenResponsesTextDoneEvent
	r := readObject(data, path, "OpenResponsesTextDoneEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesTextDoneEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "content_index", &out.ContentIndex, decodeInteger)
	readRequired(r, "text", &out.Text, decodeString)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "logprobs", &out.Logprobs, decodeArray((*ResponseLogProb).decode))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesTextDoneEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("content_index", o.ContentIndex)
	w.value("text", o.Text)
	w.value("sequence_number", o.SequenceNumber)
	w.value("logprobs", o.Logprobs)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesTextDoneEventType string

const (
	OpenResponsesTextDoneEventTypeResponseOutputTextDone OpenResponsesTextDoneEventType = "response.output_text.done"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesTextDoneEventType) ToPointer() *OpenResponsesTextDoneEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesTextDoneEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesTextDoneEventType", e.decode(data, "$"))
}

func (e *OpenResponsesTextDoneEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesTextDoneEventType", OpenResponsesTextDoneEventTypeResponseOutputTextDone)
}
