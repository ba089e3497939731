// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseFormatText struct {
	Type ResponseFormatTextType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that ResponseFormatText does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseFormatText) GetType() ResponseFormatTextType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseFormatText) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseFormatText) UnmarshalJSON(data []byte) error {
	return rooted("ResponseFormatText", o.decode(data, "$"))
}

func (o *ResponseFormatText) decode(data []byte, path string) error {
	var out ResponseFormatText
	r := readObject(data, path, "ResponseFormatText")
	readRequired(r, "type", &out.Type, (*ResponseFormatTextType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseFormatText) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type ResponseFormatTextType string

const (
	ResponseFormatTextTypeText ResponseFormatTextType = "text"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseFormatTextType) ToPointer() *ResponseFormatTextType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseFormatTextType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseFormatTextType", e.decode(data, "$"))
}

func (e *ResponseFormatTextType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseFormatTextType", ResponseFormatTextTypeText)
}
