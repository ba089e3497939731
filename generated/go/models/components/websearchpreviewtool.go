// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type WebSearchPreviewTool struct {
	Type               WebSearchPreviewToolType              `json:"type"`
	UserLocation       OptionalNullable[ApproximateLocation] `json:"user_location,omitempty"`
	SearchContextSize  *SearchContextSize                    `json:"search_context_size,omitempty"`
	SearchContentTypes []SearchContentType                   `json:"search_content_types,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that WebSearchPreviewTool does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *WebSearchPreviewTool) GetType() WebSearchPreviewToolType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *WebSearchPreviewTool) GetUserLocation() OptionalNullable[ApproximateLocation] {
	if o == nil {
		return OptionalNullable[ApproximateLocation]{}
	}
	return o.UserLocation
}

func (o *WebSearchPreviewTool) GetSearchContextSize() *SearchContextSize {
	if o == nil {
		return nil
	}
	return o.SearchContextSize
}

func (o *WebSearchPreviewTool) GetSearchContentTypes() []SearchContentType {
	if o == nil {
		return nil
	}
	return o.SearchContentTypes
}

func (o *WebSearchPreviewTool) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *WebSearchPreviewTool) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchPreviewTool", o.decode(data, "$"))
}

func (o *WebSearchPreviewTool) decode(data []byte, path string) error {
	var out WebSearchPreviewTool
	r := readObject(data, path, "WebSearchPreviewTool")
	readRequired(r, "type", &out.Type, (*WebSearchPreviewToolType).decode)
	readOptionalNullable(r, "user_location", &out.UserLocation, (*ApproximateLocation).decode)
	readOptional(r, "search_context_size", &out.SearchContextSize, (*SearchContextSize).decode)
	readPresent(r, "search_content_types", &out.SearchContentTypes, decodeArray((*SearchContentType).decode))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o WebSearchPreviewTool) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.UserLocation.IsSet(), "user_location", o.UserLocation)
	w.valueIf(o.SearchContextSize != nil, "search_context_size", o.SearchContextSize)
	w.valueIf(o.SearchContentTypes != nil, "search_content_types", o.SearchContentTypes)
	return w.finish(o.AdditionalProperties)
}

type WebSearchPreviewToolType string

const (
	WebSearchPreviewToolTypeWebSearchPreview         WebSearchPreviewToolType = "web_search_preview"
	WebSearchPreviewToolTypeWebSearchPreview20250311 WebSearchPreviewToolType = "web_search_preview_2025_03_11"
)

// ToPointer returns a pointer to a copy of e.
func (e WebSearchPreviewToolType) ToPointer() *WebSearchPreviewToolType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *WebSearchPreviewToolType) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchPreviewToolType", e.decode(data, "$"))
}

func (e *WebSearchPreviewToolType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "WebSearchPreviewToolType", WebSearchPreviewToolTypeWebSearchPreview, WebSearchPreviewToolTypeWebSearchPreview20250311)
}
