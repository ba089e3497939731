// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CodeInterpreterOutputImage struct {
	Type CodeInterpreterOutputImageType `json:"type"`
	URL  string                         `json:"url"`
	// AdditionalProperties holds the fields of the JSON object that CodeInterpreterOutputImage does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CodeInterpreterOutputImage) GetType() CodeInterpreterOutputImageType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CodeInterpreterOutputImage) GetURL() string {
	if o == nil {
		return ""
	}
	return o.URL
}

func (o *CodeInterpreterOutputImage) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CodeInterpreterOutputImage) UnmarshalJSON(data []byte) error {
	return rooted("CodeInterpreterOutputImage", o.decode(data, "$"))
}

func (o *CodeInterpreterOutputImage) decode(data []byte, path string) error {
	var out CodeInterpreterOutputImage
	r := readObject(data, path, "CodeInterpreterOutputImage")
	readRequired(r, "type", &out.Type, (*CodeInterpreterOutputImageType).decode)
	readRequired(r, "url", &out.URL, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CodeInterpreterOutputImage) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("url", o.URL)
	return w.finish(o.AdditionalProperties)
}

type CodeInterpreterOutputImageType string

const (
	CodeInterpreterOutputImageTypeImage CodeInterpreterOutputImageType = "image"
)

// ToPointer returns a pointer to a copy of e.
func (e CodeInterpreterOutputImageType) ToPointer() *CodeInterpreterOutputImageType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CodeInterpreterOutputImageType) UnmarshalJSON(data []byte) error {
	return rooted("CodeInterpreterOutputImageType", e.decode(data, "$"))
}

func (e *CodeInterpreterOutputImageType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CodeInterpreterOutputImageType", CodeInterpreterOutputImageTypeImage)
}
