// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseFormatJsonObject struct {
	Type ResponseFormatJsonObjectType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that ResponseFormatJsonObject does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseFormatJsonObject) GetType() ResponseFormatJsonObjectType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ResponseFormatJsonObject) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseFormatJsonObject) UnmarshalJSON(data []byte) error {
	return rooted("ResponseFormatJsonObject", o.decode(data, "$"))
}

func (o *ResponseFormatJsonObject) decode(data []byte, path string) error {
	var out ResponseFormatJsonObject
	r := readObject(data, path, "ResponseFormatJsonObject")
	readRequired(r, "type", &out.Type, (*ResponseFormatJsonObjectType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseFormatJsonObject) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type ResponseFormatJsonObjectType string

const (
	ResponseFormatJsonObjectTypeJSONObject ResponseFormatJsonObjectType = "json_object"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseFormatJsonObjectType) ToPointer() *ResponseFormatJsonObjectType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseFormatJsonObjectType) UnmarshalJSON(data []byte) error {
	return rooted("ResponseFormatJsonObjectType", e.decode(data, "$"))
}

func (e *ResponseFormatJsonObjectType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseFormatJsonObjectType", ResponseFormatJsonObjectTypeJSONObject)
}
