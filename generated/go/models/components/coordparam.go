// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CoordParam struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	// AdditionalProperties holds the fields of the JSON object that CoordParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CoordParam) GetX() float64 {
	if o == nil {
		return 0
	}
	return o.X
}

func (o *CoordParam) GetY() float64 {
	if o == nil {
		return 0
	}
	return o.Y
}

func (o *CoordParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CoordParam) UnmarshalJSON(data []byte) error {
	return rooted("CoordParam", o.decode(data, "$"))
}

func (o *CoordParam) decode(data []byte, path string) error {
	var out CoordParam
	r := readObject(data, path, "CoordParam")
	readRequired(r, "x", &out.X, decodeInteger)
	readRequired(r, "y", &out.Y, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CoordParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("x", o.X)
	w.value("y", o.Y)
	return w.finish(o.AdditionalProperties)
}
