// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OutputTextContent struct {
	Type        OutputTextContentType `json:"type"`
	Text        string                `json:"text"`
	Annotations []Annotation          `json:"annotations"`
	Logprobs    []LogProb             `json:"logprobs"`
	// AdditionalProperties holds the fields of the JSON object that OutputTextContent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OutputTextContent) GetType() OutputTextContentType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OutputTextContent) GetText() string {
	if o == nil {
		return ""
	}
	return o.Text
}

func (o *OutputTextContent) GetAnnotations() []Annotation {
	if o == nil {
		return nil
	}
	return o.Annotations
}

func (o *OutputTextContent) GetLogprobs() []LogProb {
	if o == nil {
		return nil
	}
	return o.Logprobs
}

func (o *OutputTextContent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OutputTextContent) UnmarshalJSON(data []byte) error {
	return rooted("OutputTextContent", o.decode(data, "$"))
}

func (o *OutputTextContent) decode(data []byte, path string) error {
	var out OutputTextContent
	r := readObject(data, path, "OutputTextContent")
	readRequired(r, "type", &out.Type, (*OutputTextContentType).decode)
	readRequired(r, "text", &out.Text, decodeString)
	readRequired(r, "annotations", &out.Annotations, decodeArray((*Annotation).decode))
	readRequired(r, "logprobs", &out.Logprobs, decodeArray((*LogProb).decode))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OutputTextContent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("text", o.Text)
	w.value("annotations", o.Annotations)
	w.value("logprobs", o.Logprobs)
	return w.finish(o.AdditionalProperties)
}

type OutputTextContentType string

const (
	OutputTextContentTypeOutputText OutputTextContentType = "output_text"
)

// ToPointer returns a pointer to a copy of e.
func (e OutputTextContentType) ToPointer() *OutputTextContentType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OutputTextContentType) UnmarshalJSON(data []byte) error {
	return rooted("OutputTextContentType", e.decode(data, "$"))
}

func (e *OutputTextContentType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OutputTextContentType", OutputTextContentTypeOutputText)
}
