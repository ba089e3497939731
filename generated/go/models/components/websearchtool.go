// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type WebSearchTool struct {
	Type              WebSearchToolType                              `json:"type"`
	ExternalWebAccess *bool                                          `json:"external_web_access,omitempty"`
	Filters           OptionalNullable[WebSearchToolFilters]         `json:"filters,omitempty"`
	UserLocation      OptionalNullable[WebSearchApproximateLocation] `json:"user_location,omitempty"`
	SearchContextSize *WebSearchToolSearchContextSize                `json:"search_context_size,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that WebSearchTool does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *WebSearchTool) GetType() WebSearchToolType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *WebSearchTool) GetExternalWebAccess() *bool {
	if o == nil {
		return nil
	}
	return o.ExternalWebAccess
}

func (o *WebSearchTool) GetFilters() OptionalNullable[WebSearchToolFilters] {
	if o == nil {
		return OptionalNullable[WebSearchToolFilters]{}
	}
	return o.Filters
}

func (o *WebSearchTool) GetUserLocation() OptionalNullable[WebSearchApproximateLocation] {
	if o == nil {
		return OptionalNullable[WebSearchApproximateLocation]{}
	}
	return o.UserLocation
}

func (o *WebSearchTool) GetSearchContextSize() *WebSearchToolSearchContextSize {
	if o == nil {
		return nil
	}
	return o.SearchContextSize
}

func (o *WebSearchTool) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *WebSearchTool) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchTool", o.decode(data, "$"))
}

func (o *WebSearchTool) decode(data []byte, path string) error {
	var out WebSearchTool
	r := readObject(data, path, "WebSearchTool")
	readRequired(r, "type", &out.Type, (*WebSearchToolType).decode)
	readOptional(r, "external_web_access", &out.ExternalWebAccess, decodeBool)
	readOptionalNullable(r, "filters", &out.Filters, (*WebSearchToolFilters).decode)
	readOptionalNullable(r, "user_location", &out.UserLocation, (*WebSearchApproximateLocation).decode)
	readOptional(r, "search_context_size", &out.SearchContextSize, (*WebSearchToolSearchContextSize).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o WebSearchTool) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.ExternalWebAccess != nil, "external_web_access", o.ExternalWebAccess)
	w.valueIf(o.Filters.IsSet(), "filters", o.Filters)
	w.valueIf(o.UserLocation.IsSet(), "user_location", o.UserLocation)
	w.valueIf(o.SearchContextSize != nil, "search_context_size", o.SearchContextSize)
	return w.finish(o.AdditionalProperties)
}

type WebSearchToolType string

const (
	WebSearchToolTypeWebSearch         WebSearchToolType = "web_search"
	WebSearchToolTypeWebSearch20250826 WebSearchToolType = "web_search_2025_08_26"
)

// ToPointer returns a pointer to a copy of e.
func (e WebSearchToolType) ToPointer() *WebSearchToolType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *WebSearchToolType) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchToolType", e.decode(data, "$"))
}

func (e *WebSearchToolType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "WebSearchToolType", WebSearchToolTypeWebSearch, WebSearchToolTypeWebSearch20250826)
}

type WebSearchToolFilters struct {
	AllowedDomains OptionalNullable[[]string] `json:"allowed_domains,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that WebSearchToolFilters does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *WebSearchToolFilters) GetAllowedDomains() OptionalNullable[[]string] {
	if o == nil {
		return OptionalNullable[[]string]{}
	}
	return o.AllowedDomains
}

func (o *WebSearchToolFilters) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *WebSearchToolFilters) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchToolFilters", o.decode(data, "$"))
}

func (o *WebSearchToolFilters) decode(data []byte, path string) error {
	var out WebSearchToolFilters
	r := readObject(data, path, "WebSearchToolFilters")
	readOptionalNullable(r, "allowed_domains", &out.AllowedDomains, decodeArray(decodeString))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o WebSearchToolFilters) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.AllowedDomains.IsSet(), "allowed_domains", o.AllowedDomains)
	return w.finish(o.AdditionalProperties)
}

type WebSearchToolSearchContextSize string

const (
	WebSearchToolSearchContextSizeLow    WebSearchToolSearchContextSize = "low"
	WebSearchToolSearchContextSizeMedium WebSearchToolSearchContextSize = "medium"
	WebSearchToolSearchContextSizeHigh   WebSearchToolSearchContextSize = "high"
)

// ToPointer returns a pointer to a copy of e.
func (e WebSearchToolSearchContextSize) ToPointer() *WebSearchToolSearchContextSize {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *WebSearchToolSearchContextSize) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchToolSearchContextSize", e.decode(data, "$"))
}

func (e *WebSearchToolSearchContextSize) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "WebSearchToolSearchContextSize", WebSearchToolSearchContextSizeLow, WebSearchToolSearchContextSizeMedium, WebSearchToolSearchContextSizeHigh)
}
