// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseConversation struct {
	ID string `json:"id"`
	// AdditionalProperties holds the fields of the JSON object that ResponseConversation does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseConversation) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ResponseConversation) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseConversation) UnmarshalJSON(data []byte) error {
	return rooted("ResponseConversation", o.decode(data, "$"))
}

func (o *ResponseConversation) decode(data []byte, path string) error {
	var out ResponseConversation
	r := readObject(data, path, "ResponseConversation")
	readRequired(r, "id", &out.ID, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseConversation) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("id", o.ID)
	return w.finish(o.AdditionalProperties)
}
