// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type WebSearchActionSearch struct {
	Type WebSearchActionSearchType `json:"type"`
	// Deprecated: this is deprecated in the schema and may be removed.
	Query   *string                        `json:"query,omitempty"`
	Queries []string                       `json:"queries,omitempty"`
	Sources []WebSearchActionSearchSources `json:"sources,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that WebSearchActionSearch does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *WebSearchActionSearch) GetType() WebSearchActionSearchType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *WebSearchActionSearch) GetQuery() *string {
	if o == nil {
		return nil
	}
	return o.Query
}

func (o *WebSearchActionSearch) GetQueries() []string {
	if o == nil {
		return nil
	}
	return o.Queries
}

func (o *WebSearchActionSearch) GetSources() []WebSearchActionSearchSources {
	if o == nil {
		return nil
	}
	return o.Sources
}

func (o *WebSearchActionSearch) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *WebSearchActionSearch) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchActionSearch", o.decode(data, "$"))
}

func (o *WebSearchActionSearch) decode(data []byte, path string) error {
	var out WebSearchActionSearch
	r := readObject(data, path, "WebSearchActionSearch")
	readRequired(r, "type", &out.Type, (*WebSearchActionSearchType).decode)
	readOptional(r, "query", &out.Query, decodeString)
	readPresent(r, "queries", &out.Queries, decodeArray(decodeString))
	readPresent(r, "sources", &out.Sources, decodeArray((*WebSearchActionSearchSources).decode))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o WebSearchActionSearch) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.Query != nil, "query", o.Query)
	w.valueIf(o.Queries != nil, "queries", o.Queries)
	w.valueIf(o.Sources != nil, "sources", o.Sources)
	return w.finish(o.AdditionalProperties)
}

type WebSearchActionSearchType string

const (
	WebSearchActionSearchTypeSearch WebSearchActionSearchType = "search"
)

// ToPointer returns a pointer to a copy of e.
func (e WebSearchActionSearchType) ToPointer() *WebSearchActionSearchType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *WebSearchActionSearchType) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchActionSearchType", e.decode(data, "$"))
}

func (e *WebSearchActionSearchType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "WebSearchActionSearchType", WebSearchActionSearchTypeSearch)
}

type WebSearchActionSearchSources struct {
	Type WebSearchActionSearchSourcesType `json:"type"`
	URL  string                           `json:"url"`
	// AdditionalProperties holds the fields of the JSON object that WebSearchActionSearchSources does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *WebSearchActionSearchSources) GetType() WebSearchActionSearchSourcesType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *WebSearchActionSearchSources) GetURL() string {
	if o == nil {
		return ""
	}
	return o.URL
}

func (o *WebSearchActionSearchSources) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *WebSearchActionSearchSources) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchActionSearchSources", o.decode(data, "$"))
}

func (o *WebSearchActionSearchSources) decode(data []byte, path string) error {
	var out WebSearchActionSearchSources
	r := readObject(data, path, "WebSearchActionSearchSources")
	readRequired(r, "type", &out.Type, (*WebSearchActionSearchSourcesType).decode)
	readRequired(r, "url", &out.URL, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o WebSearchActionSearchSources) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("url", o.URL)
	return w.finish(o.AdditionalProperties)
}

type WebSearchActionSearchSourcesType string

const (
	WebSearchActionSearchSourcesTypeURL WebSearchActionSearchSourcesType = "url"
)

// ToPointer returns a pointer to a copy of e.
func (e WebSearchActionSearchSourcesType) ToPointer() *WebSearchActionSearchSourcesType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *WebSearchActionSearchSourcesType) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchActionSearchSourcesType", e.decode(data, "$"))
}

func (e *WebSearchActionSearchSourcesType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "WebSearchActionSearchSourcesType", WebSearchActionSearchSourcesTypeURL)
}
