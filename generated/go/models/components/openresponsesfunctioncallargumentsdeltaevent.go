// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesFunctionCallArgumentsDeltaEvent struct {
	Type           OpenResponsesFunctionCallArgumentsDeltaEventType `json:"type"`
	ItemID         string                                           `json:"item_id"`
	OutputIndex    float64                                          `json:"output_index"`
	SequenceNumber float64                                          `json:"sequence_number"`
	Delta          string                                           `json:"delta"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesFunctionCallArgumentsDeltaEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesFunctionCallArgumentsDeltaEvent) GetType() OpenResponsesFunctionCallArgumentsDeltaEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesFunctionCallArgumentsDeltaEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesFunctionCallArgumentsDeltaEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesFunctionCallArgumentsDeltaEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesFunctionCallArgumentsDeltaEvent) GetDelta() string {
	if o == nil {
		return ""
	}
	return o.Delta
}

func (o *OpenResponsesFunctionCallArgumentsDeltaEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesFunctionCallArgumentsDeltaEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesFunctionCallArgumentsDeltaEvent", o.decode(data, "$"))
}

func (o *OpenResponsesFunctionCallArgumentsDeltaEvent) decode(data []byte, path string) error {
	var out OpenResponsesFunctionCallArgumentsDeltaEvent
	r := readObject(data, path, "OpenResponsesFunctionCallArgumentsDeltaEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesFunctionCallArgumentsDeltaEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "delta", &out.Delta, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesFunctionCallArgumentsDeltaEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("sequence_number", o.SequenceNumber)
	w.value("delta", o.Delta)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesFunctionCallArgumentsDeltaEventType string

const (
	OpenResponsesFunctionCallArgumentsDeltaEventTypeResponseFunctionCallArgumentsDelta OpenResponsesFunctionCallArgumentsDeltaEventType = "response.function_call_arguments.delta"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesFunctionCallArgumentsDeltaEventType) ToPointer() *OpenResponsesFunctionCallArgumentsDeltaEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesFunctionCallArgumentsDeltaEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesFunctionCallArgumentsDeltaEventType", e.decode(data, "$"))
}

func (e *OpenResponsesFunctionCallArgumentsDeltaEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesFunctionCallArgumentsDeltaEventType", OpenResponsesFunctionCallArgumentsDeltaEventTypeResponseFunctionCallArgumentsDelta)
}
