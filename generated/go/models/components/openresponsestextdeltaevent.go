// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesTextDeltaEvent struct {
	Type           OpenResponsesTextDeltaEventType `json:"type"`
	ItemID         string                          `json:"item_id"`
	OutputIndex    float64                         `json:"output_index"`
	ContentIndex   float64                         `json:"content_index"`
	Delta          string                          `json:"delta"`
	SequenceNumber float64                         `json:"sequence_number"`
	Logprobs       []ResponseLogProb               `json:"logprobs"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesTextDeltaEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesTextDeltaEvent) GetType() OpenResponsesTextDeltaEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesTextDeltaEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesTextDeltaEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesTextDeltaEvent) GetContentIndex() float64 {
	if o == nil {
		return 0
	}
	return o.ContentIndex
}

func (o *OpenResponsesTextDeltaEvent) GetDelta() string {
	if o == nil {
		return ""
	}
	return o.Delta
}

func (o *OpenResponsesTextDeltaEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesTextDeltaEvent) GetLogprobs() []ResponseLogProb {
	if o == nil {
		return nil
	}
	return o.Logprobs
}

func (o *OpenResponsesTextDeltaEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesTextDeltaEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesTextDeltaEvent", o.decode(data, "$"))
}

func (o *OpenResponsesTextDeltaEvent) decode(data []byte, path string) error {
	var out OpenResponsesTextDeltaEvent
	r := readObject(data, path, "OpenResponsesTextDeltaEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesTextDeltaEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "content_index", &out.ContentIndex, decodeInteger)
	readRequired(r, "delta", &out.Delta, decodeString)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "logprobs", &out.Logprobs, decodeArray((*ResponseLogProb).decode))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesTextDeltaEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("content_index", o.ContentIndex)
	w.value("delta", o.Delta)
	w.value("sequence_number", o.SequenceNumber)
	w.value("logprobs", o.Logprobs)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesTextDeltaEventType string

const (
	OpenResponsesTextDeltaEventTypeResponseOutputTextDelta OpenResponsesTextDeltaEventType = "response.output_text.delta"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesTextDeltaEventType) ToPointer() *OpenResponsesTextDeltaEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesTextDeltaEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesTextDeltaEventType", e.decode(data, "$"))
}

func (e *OpenResponsesTextDeltaEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesTextDeltaEventType", OpenResponsesTextDeltaEventTypeResponseOutputTextDelta)
}
