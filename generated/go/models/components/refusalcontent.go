// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type RefusalContent struct {
	Type    RefusalContentType `json:"type"`
	Refusal string             `json:"refusal"`
	// AdditionalProperties holds the fields of the JSON object that RefusalContent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *RefusalContent) GetType() RefusalContentType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *RefusalContent) GetRefusal() string {
	if o == nil {
		return ""
	}
	return o.Refusal
}

func (o *RefusalContent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *RefusalContent) UnmarshalJSON(data []byte) error {
	return rooted("RefusalContent", o.decode(data, "$"))
}

func (o *RefusalContent) decode(data []byte, path string) error {
	var out RefusalContent
	r := readObject(data, path, "RefusalContent")
	readRequired(r, "type", &out.Type, (*RefusalContentType).decode)
	readRequired(r, "refusal", &out.Refusal, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o RefusalContent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("refusal", o.Refusal)
	return w.finish(o.AdditionalProperties)
}

type RefusalContentType string

const (
	RefusalContentTypeRefusal RefusalContentType = "refusal"
)

// ToPointer returns a pointer to a copy of e.
func (e RefusalContentType) ToPointer() *RefusalContentType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *RefusalContentType) UnmarshalJSON(data []byte) error {
	return rooted("RefusalContentType", e.decode(data, "$"))
}

func (e *RefusalContentType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "RefusalContentType", RefusalContentTypeRefusal)
}
