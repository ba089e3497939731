// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesReasoningSummaryPartAddedEventSchema struct {
	Type           OpenResponsesReasoningSummaryPartAddedEventSchemaType `json:"type"`
	ItemID         string                                                `json:"item_id"`
	OutputIndex    float64                                               `json:"output_index"`
	SummaryIndex   float64                                               `json:"summary_index"`
	SequenceNumber float64                                               `json:"sequence_number"`
	Part           OpenResponsesReasoningSummaryPartAddedEventSchemaPart `json:"part"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesReasoningSummaryPartAddedEventSchema does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesReasoningSummaryPartAddedEventSchema) GetType() OpenResponsesReasoningSummaryPartAddedEventSchemaType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesReasoningSummaryPartAddedEventSchema) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesReasoningSummaryPartAddedEventSchema) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesReasoningSummaryPartAddedEventSchema) GetSummaryIndex() float64 {
	if o == nil {
		return 0
	}
	return o.SummaryIndex
}

func (o *OpenResponsesReasoningSummaryPartAddedEventSchema) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesReasoningSummaryPartAddedEventSchema) GetPart() OpenResponsesReasoningSummaryPartAddedEventSchemaPart {
	if o == nil {
		return OpenResponsesReasoningSummaryPartAddedEventSchemaPart{}
	}
	return o.Part
}

func (o *OpenResponsesReasoningSummaryPartAddedEventSchema) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesReasoningSummaryPartAddedEventSchema) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningSummaryPartAddedEventSchema", o.decode(data, "$"))
}

func (o *OpenResponsesReasoningSummaryPartAddedEventSchema) decode(data []byte, path string) error {
	var out OpenResponsesReasoningSummaryPartAddedEventSchema
	r := readObject(data, path, "OpenResponsesReasoningSummaryPartAddedEventSchema")
	readRequired(r, "type", &out.Type, (*OpenResponsesReasoningSummaryPartAddedEventSchemaType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "summary_index", &out.SummaryIndex, decodeInteger)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "part", &out.Part, (*OpenResponsesReasoningSummaryPartAddedEventSchemaPart).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesReasoningSummaryPartAddedEventSchema) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("summary_index", o.SummaryIndex)
	w.value("sequence_number", o.SequenceNumber)
	w.value("part", o.Part)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesReasoningSummaryPartAddedEventSchemaType string

const (
	OpenResponsesReasoningSummaryPartAddedEventSchemaTypeResponseReasoningSummaryPartAdded OpenResponsesReasoningSummaryPartAddedEventSchemaType = "response.reasoning_summary_part.added"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesReasoningSummaryPartAddedEventSchemaType) ToPointer() *OpenResponsesReasoningSummaryPartAddedEventSchemaType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesReasoningSummaryPartAddedEventSchemaType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningSummaryPartAddedEventSchemaType", e.decode(data, "$"))
}

func (e *OpenResponsesReasoningSummaryPartAddedEventSchemaType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesReasoningSummaryPartAddedEventSchemaType", OpenResponsesReasoningSummaryPartAddedEventSchemaTypeResponseReasoningSummaryPartAdded)
}

type OpenResponsesReasoningSummaryPartAddedEventSchemaPart struct {
	Type OpenResponsesReasoningSummaryPartAddedEventSchemaPartType `json:"type"`
	Text string                                                    `json:"text"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesReasoningSummaryPartAddedEventSchemaPart does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesReasoningSummaryPartAddedEventSchemaPart) GetType() OpenResponsesReasoningSummaryPartAddedEventSchemaPartType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesReasoningSummaryPartAddedEventSchemaPart) GetText() string {
	if o == nil {
		return ""
	}
	return o.Text
}

func (o *OpenResponsesReasoningSummaryPartAddedEventSchemaPart) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesReasoningSummaryPartAddedEventSchemaPart) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningSummaryPartAddedEventSchemaPart", o.decode(data, "$"))
}

func (o *OpenResponsesReasoningSummaryPartAddedEventSchemaPart) decode(data []byte, path string) error {
	var out OpenResponsesReasoningSummaryPartAddedEventSchemaPart
	r := readObject(data, path, "OpenResponsesReasoningSummaryPartAddedEventSchemaPart")
	readRequired(r, "type", &out.Type, (*OpenResponsesReasoningSummaryPartAddedEventSchemaPartType).decode)
	readRequired(r, "text", &out.Text, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesReasoningSummaryPartAddedEventSchemaPart) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("text", o.Text)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesReasoningSummaryPartAddedEventSchemaPartType string

const (
	OpenResponsesReasoningSummaryPartAddedEventSchemaPartTypeSummaryText OpenResponsesReasoningSummaryPartAddedEventSchemaPartType = "summary_text"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesReasoningSummaryPartAddedEventSchemaPartType) ToPointer() *OpenResponsesReasoningSummaryPartAddedEventSchemaPartType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesReasoningSummaryPartAddedEventSchemaPartType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesReasoningSummaryPartAddedEventSchemaPartType", e.decode(data, "$"))
}

func (e *OpenResponsesReasoningSummaryPartAddedEventSchemaPartType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesReasoningSummaryPartAddedEventSchemaPartType", OpenResponsesReasoningSummaryPartAddedEventSchemaPartTypeSummaryText)
}
