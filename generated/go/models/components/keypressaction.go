// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type KeyPressAction struct {
	Type KeyPressActionType `json:"type"`
	Keys []string           `json:"keys"`
	// AdditionalProperties holds the fields of the JSON object that KeyPressAction does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *KeyPressAction) GetType() KeyPressActionType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *KeyPressAction) GetKeys() []string {
	if o == nil {
		return nil
	}
	return o.Keys
}

func (o *KeyPressAction) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *KeyPressAction) UnmarshalJSON(data []byte) error {
	return rooted("KeyPressAction", o.decode(data, "$"))
}

func (o *KeyPressAction) decode(data []byte, path string) error {
	var out KeyPressAction
	r := readObject(data, path, "KeyPressAction")
	readRequired(r, "type", &out.Type, (*KeyPressActionType).decode)
	readRequired(r, "keys", &out.Keys, decodeArray(decodeString))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o KeyPressAction) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("keys", o.Keys)
	return w.finish(o.AdditionalProperties)
}

type KeyPressActionType string

const (
	KeyPressActionTypeKeypress KeyPressActionType = "keypress"
)

// ToPointer returns a pointer to a copy of e.
func (e KeyPressActionType) ToPointer() *KeyPressActionType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *KeyPressActionType) UnmarshalJSON(data []byte) error {
	return rooted("KeyPressActionType", e.decode(data, "$"))
}

func (e *KeyPressActionType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "KeyPressActionType", KeyPressActionTypeKeypress)
}
