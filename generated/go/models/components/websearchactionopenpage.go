// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type WebSearchActionOpenPage struct {
	Type WebSearchActionOpenPageType `json:"type"`
	URL  OptionalNullable[string]    `json:"url,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that WebSearchActionOpenPage does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *WebSearchActionOpenPage) GetType() WebSearchActionOpenPageType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *WebSearchActionOpenPage) GetURL() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.URL
}

func (o *WebSearchActionOpenPage) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *WebSearchActionOpenPage) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchActionOpenPage", o.decode(data, "$"))
}

func (o *WebSearchActionOpenPage) decode(data []byte, path string) error {
	var out WebSearchActionOpenPage
	r := readObject(data, path, "WebSearchActionOpenPage")
	readRequired(r, "type", &out.Type, (*WebSearchActionOpenPageType).decode)
	readOptionalNullable(r, "url", &out.URL, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o WebSearchActionOpenPage) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.URL.IsSet(), "url", o.URL)
	return w.finish(o.AdditionalProperties)
}

type WebSearchActionOpenPageType string

const (
	WebSearchActionOpenPageTypeOpenPage WebSearchActionOpenPageType = "open_page"
)

// ToPointer returns a pointer to a copy of e.
func (e WebSearchActionOpenPageType) ToPointer() *WebSearchActionOpenPageType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *WebSearchActionOpenPageType) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchActionOpenPageType", e.decode(data, "$"))
}

func (e *WebSearchActionOpenPageType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "WebSearchActionOpenPageType", WebSearchActionOpenPageTypeOpenPage)
}
