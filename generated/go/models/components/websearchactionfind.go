// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type WebSearchActionFind struct {
	Type    WebSearchActionFindType `json:"type"`
	URL     string                  `json:"url"`
	Pattern string                  `json:"pattern"`
	// AdditionalProperties holds the fields of the JSON object that WebSearchActionFind does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *WebSearchActionFind) GetType() WebSearchActionFindType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *WebSearchActionFind) GetURL() string {
	if o == nil {
		return ""
	}
	return o.URL
}

func (o *WebSearchActionFind) GetPattern() string {
	if o == nil {
		return ""
	}
	return o.Pattern
}

func (o *WebSearchActionFind) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *WebSearchActionFind) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchActionFind", o.decode(data, "$"))
}

func (o *WebSearchActionFind) decode(data []byte, path string) error {
	var out WebSearchActionFind
	r := readObject(data, path, "WebSearchActionFind")
	readRequired(r, "type", &out.Type, (*WebSearchActionFindType).decode)
	readRequired(r, "url", &out.URL, decodeString)
	readRequired(r, "pattern", &out.Pattern, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o WebSearchActionFind) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("url", o.URL)
	w.value("pattern", o.Pattern)
	return w.finish(o.AdditionalProperties)
}

type WebSearchActionFindType string

const (
	WebSearchActionFindTypeFindInPage WebSearchActionFindType = "find_in_page"
)

// ToPointer returns a pointer to a copy of e.
func (e WebSearchActionFindType) ToPointer() *WebSearchActionFindType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *WebSearchActionFindType) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchActionFindType", e.decode(data, "$"))
}

func (e *WebSearchActionFindType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "WebSearchActionFindType", WebSearchActionFindTypeFindInPage)
}
