// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OpenResponsesOutputTextAnnotationAddedEvent struct {
	Type            OpenResponsesOutputTextAnnotationAddedEventType `json:"type"`
	ItemID          string                                          `json:"item_id"`
	OutputIndex     float64                                         `json:"output_index"`
	ContentIndex    float64                                         `json:"content_index"`
	AnnotationIndex float64                                         `json:"annotation_index"`
	SequenceNumber  float64                                         `json:"sequence_number"`
	Annotation      *Annotation                                     `json:"annotation"`
	// AdditionalProperties holds the fields of the JSON object that OpenResponsesOutputTextAnnotationAddedEvent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OpenResponsesOutputTextAnnotationAddedEvent) GetType() OpenResponsesOutputTextAnnotationAddedEventType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OpenResponsesOutputTextAnnotationAddedEvent) GetItemID() string {
	if o == nil {
		return ""
	}
	return o.ItemID
}

func (o *OpenResponsesOutputTextAnnotationAddedEvent) GetOutputIndex() float64 {
	if o == nil {
		return 0
	}
	return o.OutputIndex
}

func (o *OpenResponsesOutputTextAnnotationAddedEvent) GetContentIndex() float64 {
	if o == nil {
		return 0
	}
	return o.ContentIndex
}

func (o *OpenResponsesOutputTextAnnotationAddedEvent) GetAnnotationIndex() float64 {
	if o == nil {
		return 0
	}
	return o.AnnotationIndex
}

func (o *OpenResponsesOutputTextAnnotationAddedEvent) GetSequenceNumber() float64 {
	if o == nil {
		return 0
	}
	return o.SequenceNumber
}

func (o *OpenResponsesOutputTextAnnotationAddedEvent) GetAnnotation() *Annotation {
	if o == nil {
		return nil
	}
	return o.Annotation
}

func (o *OpenResponsesOutputTextAnnotationAddedEvent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OpenResponsesOutputTextAnnotationAddedEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesOutputTextAnnotationAddedEvent", o.decode(data, "$"))
}

func (o *OpenResponsesOutputTextAnnotationAddedEvent) decode(data []byte, path string) error {
	var out OpenResponsesOutputTextAnnotationAddedEvent
	r := readObject(data, path, "OpenResponsesOutputTextAnnotationAddedEvent")
	readRequired(r, "type", &out.Type, (*OpenResponsesOutputTextAnnotationAddedEventType).decode)
	readRequired(r, "item_id", &out.ItemID, decodeString)
	readRequired(r, "output_index", &out.OutputIndex, decodeInteger)
	readRequired(r, "content_index", &out.ContentIndex, decodeInteger)
	readRequired(r, "annotation_index", &out.AnnotationIndex, decodeInteger)
	readRequired(r, "sequence_number", &out.SequenceNumber, decodeInteger)
	readRequired(r, "annotation", &out.Annotation, decodeNullable((*Annotation).decode))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OpenResponsesOutputTextAnnotationAddedEvent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("item_id", o.ItemID)
	w.value("output_index", o.OutputIndex)
	w.value("content_index", o.ContentIndex)
	w.value("annotation_index", o.AnnotationIndex)
	w.value("sequence_number", o.SequenceNumber)
	w.value("annotation", o.Annotation)
	return w.finish(o.AdditionalProperties)
}

type OpenResponsesOutputTextAnnotationAddedEventType string

const (
	OpenResponsesOutputTextAnnotationAddedEventTypeResponseOutputTextAnnotationAdded OpenResponsesOutputTextAnnotationAddedEventType = "response.output_text.annotation.added"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesOutputTextAnnotationAddedEventType) ToPointer() *OpenResponsesOutputTextAnnotationAddedEventType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OpenResponsesOutputTextAnnotationAddedEventType) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesOutputTextAnnotationAddedEventType", e.decode(data, "$"))
}

func (e *OpenResponsesOutputTextAnnotationAddedEventType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OpenResponsesOutputTextAnnotationAddedEventType", OpenResponsesOutputTextAnnotationAddedEventTypeResponseOutputTextAnnotationAdded)
}
