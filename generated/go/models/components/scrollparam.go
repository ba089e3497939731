// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ScrollParam struct {
	Type    ScrollParamType            `json:"type"`
	X       float64                    `json:"x"`
	Y       float64                    `json:"y"`
	ScrollX float64                    `json:"scroll_x"`
	ScrollY float64                    `json:"scroll_y"`
	Keys    OptionalNullable[[]string] `json:"keys,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ScrollParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ScrollParam) GetType() ScrollParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ScrollParam) GetX() float64 {
	if o == nil {
		return 0
	}
	return o.X
}

func (o *ScrollParam) GetY() float64 {
	if o == nil {
		return 0
	}
	return o.Y
}

func (o *ScrollParam) GetScrollX() float64 {
	if o == nil {
		return 0
	}
	return o.ScrollX
}

func (o *ScrollParam) GetScrollY() float64 {
	if o == nil {
		return 0
	}
	return o.ScrollY
}

func (o *ScrollParam) GetKeys() OptionalNullable[[]string] {
	if o == nil {
		return OptionalNullable[[]string]{}
	}
	return o.Keys
}

func (o *ScrollParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ScrollParam) UnmarshalJSON(data []byte) error {
	return rooted("ScrollParam", o.decode(data, "$"))
}

func (o *ScrollParam) decode(data []byte, path string) error {
	var out ScrollParam
	r := readObject(data, path, "ScrollParam")
	readRequired(r, "type", &out.Type, (*ScrollParamType).decode)
	readRequired(r, "x", &out.X, decodeInteger)
	readRequired(r, "y", &out.Y, decodeInteger)
	readRequired(r, "scroll_x", &out.ScrollX, decodeInteger)
	readRequired(r, "scroll_y", &out.ScrollY, decodeInteger)
	readOptionalNullable(r, "keys", &out.Keys, decodeArray(decodeString))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ScrollParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("x", o.X)
	w.value("y", o.Y)
	w.value("scroll_x", o.ScrollX)
	w.value("scroll_y", o.ScrollY)
	w.valueIf(o.Keys.IsSet(), "keys", o.Keys)
	return w.finish(o.AdditionalProperties)
}

type ScrollParamType string

const (
	ScrollParamTypeScroll ScrollParamType = "scroll"
)

// ToPointer returns a pointer to a copy of e.
func (e ScrollParamType) ToPointer() *ScrollParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ScrollParamType) UnmarshalJSON(data []byte) error {
	return rooted("ScrollParamType", e.decode(data, "$"))
}

func (e *ScrollParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ScrollParamType", ScrollParamTypeScroll)
}
