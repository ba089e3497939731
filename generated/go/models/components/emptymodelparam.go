// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type EmptyModelParam struct {
	// AdditionalProperties holds the fields of the JSON object that EmptyModelParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *EmptyModelParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *EmptyModelParam) UnmarshalJSON(data []byte) error {
	return rooted("EmptyModelParam", o.decode(data, "$"))
}

func (o *EmptyModelParam) decode(data []byte, path string) error {
	var out EmptyModelParam
	r := readObject(data, path, "EmptyModelParam")
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o EmptyModelParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	return w.finish(o.AdditionalProperties)
}
