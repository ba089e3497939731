// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type MoveParam struct {
	Type MoveParamType              `json:"type"`
	X    float64                    `json:"x"`
	Y    float64                    `json:"y"`
	Keys OptionalNullable[[]string] `json:"keys,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that MoveParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *MoveParam) GetType() MoveParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *MoveParam) GetX() float64 {
	if o == nil {
		return 0
	}
	return o.X
}

func (o *MoveParam) GetY() float64 {
	if o == nil {
		return 0
	}
	return o.Y
}

func (o *MoveParam) GetKeys() OptionalNullable[[]string] {
	if o == nil {
		return OptionalNullable[[]string]{}
	}
	return o.Keys
}

func (o *MoveParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *MoveParam) UnmarshalJSON(data []byte) error {
	return rooted("MoveParam", o.decode(data, "$"))
}

func (o *MoveParam) decode(data []byte, path string) error {
	var out MoveParam
	r := readObject(data, path, "MoveParam")
	readRequired(r, "type", &out.Type, (*MoveParamType).decode)
	readRequired(r, "x", &out.X, decodeInteger)
	readRequired(r, "y", &out.Y, decodeInteger)
	readOptionalNullable(r, "keys", &out.Keys, decodeArray(decodeString))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o MoveParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("x", o.X)
	w.value("y", o.Y)
	w.valueIf(o.Keys.IsSet(), "keys", o.Keys)
	return w.finish(o.AdditionalProperties)
}

type MoveParamType string

const (
	MoveParamTypeMove MoveParamType = "move"
)

// ToPointer returns a pointer to a copy of e.
func (e MoveParamType) ToPointer() *MoveParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MoveParamType) UnmarshalJSON(data []byte) error {
	return rooted("MoveParamType", e.decode(data, "$"))
}

func (e *MoveParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MoveParamType", MoveParamTypeMove)
}
