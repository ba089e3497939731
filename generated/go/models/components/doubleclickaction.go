// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type DoubleClickAction struct {
	Type DoubleClickActionType `json:"type"`
	X    float64               `json:"x"`
	Y    float64               `json:"y"`
	Keys *[]string             `json:"keys"`
	// AdditionalProperties holds the fields of the JSON object that DoubleClickAction does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *DoubleClickAction) GetType() DoubleClickActionType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *DoubleClickAction) GetX() float64 {
	if o == nil {
		return 0
	}
	return o.X
}

func (o *DoubleClickAction) GetY() float64 {
	if o == nil {
		return 0
	}
	return o.Y
}

func (o *DoubleClickAction) GetKeys() *[]string {
	if o == nil {
		return nil
	}
	return o.Keys
}

func (o *DoubleClickAction) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *DoubleClickAction) UnmarshalJSON(data []byte) error {
	return rooted("DoubleClickAction", o.decode(data, "$"))
}

func (o *DoubleClickAction) decode(data []byte, path string) error {
	var out DoubleClickAction
	r := readObject(data, path, "DoubleClickAction")
	readRequired(r, "type", &out.Type, (*DoubleClickActionType).decode)
	readRequired(r, "x", &out.X, decodeInteger)
	readRequired(r, "y", &out.Y, decodeInteger)
	readRequired(r, "keys", &out.Keys, decodeNullable(decodeArray(decodeString)))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o DoubleClickAction) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("x", o.X)
	w.value("y", o.Y)
	w.value("keys", o.Keys)
	return w.finish(o.AdditionalProperties)
}

type DoubleClickActionType string

const (
	DoubleClickActionTypeDoubleClick DoubleClickActionType = "double_click"
)

// ToPointer returns a pointer to a copy of e.
func (e DoubleClickActionType) ToPointer() *DoubleClickActionType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *DoubleClickActionType) UnmarshalJSON(data []byte) error {
	return rooted("DoubleClickActionType", e.decode(data, "$"))
}

func (e *DoubleClickActionType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "DoubleClickActionType", DoubleClickActionTypeDoubleClick)
}
