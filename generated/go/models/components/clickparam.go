// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ClickParam struct {
	Type   ClickParamType             `json:"type"`
	Button ClickButtonType            `json:"button"`
	X      float64                    `json:"x"`
	Y      float64                    `json:"y"`
	Keys   OptionalNullable[[]string] `json:"keys,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ClickParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ClickParam) GetType() ClickParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ClickParam) GetButton() ClickButtonType {
	if o == nil {
		return ""
	}
	return o.Button
}

func (o *ClickParam) GetX() float64 {
	if o == nil {
		return 0
	}
	return o.X
}

func (o *ClickParam) GetY() float64 {
	if o == nil {
		return 0
	}
	return o.Y
}

func (o *ClickParam) GetKeys() OptionalNullable[[]string] {
	if o == nil {
		return OptionalNullable[[]string]{}
	}
	return o.Keys
}

func (o *ClickParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ClickParam) UnmarshalJSON(data []byte) error {
	return rooted("ClickParam", o.decode(data, "$"))
}

func (o *ClickParam) decode(data []byte, path string) error {
	var out ClickParam
	r := readObject(data, path, "ClickParam")
	readRequired(r, "type", &out.Type, (*ClickParamType).decode)
	readRequired(r, "button", &out.Button, (*ClickButtonType).decode)
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
func (o ClickParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("button", o.Button)
	w.value("x", o.X)
	w.value("y", o.Y)
	w.valueIf(o.Keys.IsSet(), "keys", o.Keys)
	return w.finish(o.AdditionalProperties)
}

type ClickParamType string

const (
	ClickParamTypeClick ClickParamType = "click"
)

// ToPointer returns a pointer to a copy of e.
func (e ClickParamType) ToPointer() *ClickParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ClickParamType) UnmarshalJSON(data []byte) error {
	return rooted("ClickParamType", e.decode(data, "$"))
}

func (e *ClickParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ClickParamType", ClickParamTypeClick)
}
