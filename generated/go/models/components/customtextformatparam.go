// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CustomTextFormatParam struct {
	Type CustomTextFormatParamType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that CustomTextFormatParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CustomTextFormatParam) GetType() CustomTextFormatParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CustomTextFormatParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CustomTextFormatParam) UnmarshalJSON(data []byte) error {
	return rooted("CustomTextFormatParam", o.decode(data, "$"))
}

func (o *CustomTextFormatParam) decode(data []byte, path string) error {
	var out CustomTextFormatParam
	r := readObject(data, path, "CustomTextFormatParam")
	readRequired(r, "type", &out.Type, (*CustomTextFormatParamType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CustomTextFormatParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type CustomTextFormatParamType string

const (
	CustomTextFormatParamTypeText CustomTextFormatParamType = "text"
)

// ToPointer returns a pointer to a copy of e.
func (e CustomTextFormatParamType) ToPointer() *CustomTextFormatParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CustomTextFormatParamType) UnmarshalJSON(data []byte) error {
	return rooted("CustomTextFormatParamType", e.decode(data, "$"))
}

func (e *CustomTextFormatParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CustomTextFormatParamType", CustomTextFormatParamTypeText)
}
