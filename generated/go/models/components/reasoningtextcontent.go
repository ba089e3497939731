// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ReasoningTextContent struct {
	Type ReasoningTextContentType `json:"type"`
	Text string                   `json:"text"`
	// AdditionalProperties holds the fields of the JSON object that ReasoningTextContent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ReasoningTextContent) GetType() ReasoningTextContentType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ReasoningTextContent) GetText() string {
	if o == nil {
		return ""
	}
	return o.Text
}

func (o *ReasoningTextContent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ReasoningTextContent) UnmarshalJSON(data []byte) error {
	return rooted("ReasoningTextContent", o.decode(data, "$"))
}

func (o *ReasoningTextContent) decode(data []byte, path string) error {
	var out ReasoningTextContent
	r := readObject(data, path, "ReasoningTextContent")
	readRequired(r, "type", &out.Type, (*ReasoningTextContentType).decode)
	readRequired(r, "text", &out.Text, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ReasoningTextContent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("text", o.Text)
	return w.finish(o.AdditionalProperties)
}

type ReasoningTextContentType string

const (
	ReasoningTextContentTypeReasoningText ReasoningTextContentType = "reasoning_text"
)

// ToPointer returns a pointer to a copy of e.
func (e ReasoningTextContentType) ToPointer() *ReasoningTextContentType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ReasoningTextContentType) UnmarshalJSON(data []byte) error {
	return rooted("ReasoningTextContentType", e.decode(data, "$"))
}

func (e *ReasoningTextContentType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ReasoningTextContentType", ReasoningTextContentTypeReasoningText)
}
