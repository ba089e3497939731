// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseError struct {
	Code    ResponseErrorCode `json:"code"`
	Message string            `json:"message"`
	// AdditionalProperties holds the fields of the JSON object that ResponseError does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseError) GetCode() ResponseErrorCode {
	if o == nil {
		return ""
	}
	return o.Code
}

func (o *ResponseError) GetMessage() string {
	if o == nil {
		return ""
	}
	return o.Message
}

func (o *ResponseError) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseError) UnmarshalJSON(data []byte) error {
	return rooted("ResponseError", o.decode(data, "$"))
}

func (o *ResponseError) decode(data []byte, path string) error {
	var out ResponseError
	r := readObject(data, path, "ResponseError")
	readRequired(r, "code", &out.Code, (*ResponseErrorCode).decode)
	readRequired(r, "message", &out.Message, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseError) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("code", o.Code)
	w.value("message", o.Message)
	return w.finish(o.AdditionalProperties)
}
