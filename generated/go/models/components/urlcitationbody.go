// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type UrlCitationBody struct {
	Type       UrlCitationBodyType `json:"type"`
	URL        string              `json:"url"`
	StartIndex float64             `json:"start_index"`
	EndIndex   float64             `json:"end_index"`
	Title      string              `json:"title"`
	// AdditionalProperties holds the fields of the JSON object that UrlCitationBody does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *UrlCitationBody) GetType() UrlCitationBodyType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *UrlCitationBody) GetURL() string {
	if o == nil {
		return ""
	}
	return o.URL
}

func (o *UrlCitationBody) GetStartIndex() float64 {
	if o == nil {
		return 0
	}
	return o.StartIndex
}

func (o *UrlCitationBody) GetEndIndex() float64 {
	if o == nil {
		return 0
	}
	return o.EndIndex
}

func (o *UrlCitationBody) GetTitle() string {
	if o == nil {
		return ""
	}
	return o.Title
}

func (o *UrlCitationBody) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *UrlCitationBody) UnmarshalJSON(data []byte) error {
	return rooted("UrlCitationBody", o.decode(data, "$"))
}

func (o *UrlCitationBody) decode(data []byte, path string) error {
	var out UrlCitationBody
	r := readObject(data, path, "UrlCitationBody")
	readRequired(r, "type", &out.Type, (*UrlCitationBodyType).decode)
	readRequired(r, "url", &out.URL, decodeString)
	readRequired(r, "start_index", &out.StartIndex, decodeInteger)
	readRequired(r, "end_index", &out.EndIndex, decodeInteger)
	readRequired(r, "title", &out.Title, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o UrlCitationBody) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("url", o.URL)
	w.value("start_index", o.StartIndex)
	w.value("end_index", o.EndIndex)
	w.value("title", o.Title)
	return w.finish(o.AdditionalProperties)
}

type UrlCitationBodyType string

const (
	UrlCitationBodyTypeURLCitation UrlCitationBodyType = "url_citation"
)

// ToPointer returns a pointer to a copy of e.
func (e UrlCitationBodyType) ToPointer() *UrlCitationBodyType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *UrlCitationBodyType) UnmarshalJSON(data []byte) error {
	return rooted("UrlCitationBodyType", e.decode(data, "$"))
}

func (e *UrlCitationBodyType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "UrlCitationBodyType", UrlCitationBodyTypeURLCitation)
}
