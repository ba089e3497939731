// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type TypeParam struct {
	Type TypeParamType `json:"type"`
	Text string        `json:"text"`
	// AdditionalProperties holds the fields of the JSON object that TypeParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *TypeParam) GetType() TypeParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *TypeParam) GetText() string {
	if o == nil {
		return ""
	}
	return o.Text
}

func (o *TypeParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *TypeParam) UnmarshalJSON(data []byte) error {
	return rooted("TypeParam", o.decode(data, "$"))
}

func (o *TypeParam) decode(data []byte, path string) error {
	var out TypeParam
	r := readObject(data, path, "TypeParam")
	readRequired(r, "type", &out.Type, (*TypeParamType).decode)
	readRequired(r, "text", &out.Text, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o TypeParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("text", o.Text)
	return w.finish(o.AdditionalProperties)
}

type TypeParamType string

const (
	TypeParamTypeType TypeParamType = "type"
)

// ToPointer returns a pointer to a copy of e.
func (e TypeParamType) ToPointer() *TypeParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *TypeParamType) UnmarshalJSON(data []byte) error {
	return rooted("TypeParamType", e.decode(data, "$"))
}

func (e *TypeParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "TypeParamType", TypeParamTypeType)
}
