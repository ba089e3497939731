// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type SummaryTextContent struct {
	Type SummaryTextContentType `json:"type"`
	Text string                 `json:"text"`
	// AdditionalProperties holds the fields of the JSON object that SummaryTextContent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *SummaryTextContent) GetType() SummaryTextContentType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *SummaryTextContent) GetText() string {
	if o == nil {
		return ""
	}
	return o.Text
}

func (o *SummaryTextContent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *SummaryTextContent) UnmarshalJSON(data []byte) error {
	return rooted("SummaryTextContent", o.decode(data, "$"))
}

func (o *SummaryTextContent) decode(data []byte, path string) error {
	var out SummaryTextContent
	r := readObject(data, path, "SummaryTextContent")
	readRequired(r, "type", &out.Type, (*SummaryTextContentType).decode)
	readRequired(r, "text", &out.Text, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o SummaryTextContent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("text", o.Text)
	return w.finish(o.AdditionalProperties)
}

type SummaryTextContentType string

const (
	SummaryTextContentTypeSummaryText SummaryTextContentType = "summary_text"
)

// ToPointer returns a pointer to a copy of e.
func (e SummaryTextContentType) ToPointer() *SummaryTextContentType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *SummaryTextContentType) UnmarshalJSON(data []byte) error {
	return rooted("SummaryTextContentType", e.decode(data, "$"))
}

func (e *SummaryTextContentType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "SummaryTextContentType", SummaryTextContentTypeSummaryText)
}
