// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ModerationErrorBody struct {
	Type    ModerationErrorBodyType `json:"type"`
	Code    string                  `json:"code"`
	Message string                  `json:"message"`
	// AdditionalProperties holds the fields of the JSON object that ModerationErrorBody does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ModerationErrorBody) GetType() ModerationErrorBodyType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ModerationErrorBody) GetCode() string {
	if o == nil {
		return ""
	}
	return o.Code
}

func (o *ModerationErrorBody) GetMessage() string {
	if o == nil {
		return ""
	}
	return o.Message
}

func (o *ModerationErrorBody) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ModerationErrorBody) UnmarshalJSON(data []byte) error {
	return rooted("ModerationErrorBody", o.decode(data, "$"))
}

func (o *ModerationErrorBody) decode(data []byte, path string) error {
	var out ModerationErrorBody
	r := readObject(data, path, "ModerationErrorBody")
	readRequired(r, "type", &out.Type, (*ModerationErrorBodyType).decode)
	readRequired(r, "code", &out.Code, decodeString)
	readRequired(r, "message", &out.Message, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ModerationErrorBody) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("code", o.Code)
	w.value("message", o.Message)
	return w.finish(o.AdditionalProperties)
}

type ModerationErrorBodyType string

const (
	ModerationErrorBodyTypeError ModerationErrorBodyType = "error"
)

// ToPointer returns a pointer to a copy of e.
func (e ModerationErrorBodyType) ToPointer() *ModerationErrorBodyType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ModerationErrorBodyType) UnmarshalJSON(data []byte) error {
	return rooted("ModerationErrorBodyType", e.decode(data, "$"))
}

func (e *ModerationErrorBodyType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ModerationErrorBodyType", ModerationErrorBodyTypeError)
}
