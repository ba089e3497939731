// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseTextParam struct {
	Format    *TextResponseFormatConfiguration `json:"format,omitempty"`
	Verbosity OptionalNullable[Verbosity]      `json:"verbosity,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ResponseTextParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseTextParam) GetFormat() *TextResponseFormatConfiguration {
	if o == nil {
		return nil
	}
	return o.Format
}

func (o *ResponseTextParam) GetVerbosity() OptionalNullable[Verbosity] {
	if o == nil {
		return OptionalNullable[Verbosity]{}
	}
	return o.Verbosity
}

func (o *ResponseTextParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseTextParam) UnmarshalJSON(data []byte) error {
	return rooted("ResponseTextParam", o.decode(data, "$"))
}

func (o *ResponseTextParam) decode(data []byte, path string) error {
	var out ResponseTextParam
	r := readObject(data, path, "ResponseTextParam")
	readOptional(r, "format", &out.Format, (*TextResponseFormatConfiguration).decode)
	readOptionalNullable(r, "verbosity", &out.Verbosity, (*Verbosity).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseTextParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.Format != nil, "format", o.Format)
	w.valueIf(o.Verbosity.IsSet(), "verbosity", o.Verbosity)
	return w.finish(o.AdditionalProperties)
}
