// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type HTTPError struct {
	Type    HTTPErrorType `json:"type"`
	Code    float64       `json:"code"`
	Message string        `json:"message"`
	// AdditionalProperties holds the fields of the JSON object that HTTPError does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *HTTPError) GetType() HTTPErrorType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *HTTPError) GetCode() float64 {
	if o == nil {
		return 0
	}
	return o.Code
}

func (o *HTTPError) GetMessage() string {
	if o == nil {
		return ""
	}
	return o.Message
}

func (o *HTTPError) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *HTTPError) UnmarshalJSON(data []byte) error {
	return rooted("HTTPError", o.decode(data, "$"))
}

func (o *HTTPError) decode(data []byte, path string) error {
	var out HTTPError
	r := readObject(data, path, "HTTPError")
	readRequired(r, "type", &out.Type, (*HTTPErrorType).decode)
	readRequired(r, "code", &out.Code, decodeInteger)
	readRequired(r, "message", &out.Message, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o HTTPError) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("code", o.Code)
	w.value("message", o.Message)
	return w.finish(o.AdditionalProperties)
}

type HTTPErrorType string

const (
	HTTPErrorTypeHTTPError HTTPErrorType = "http_error"
)

// ToPointer returns a pointer to a copy of e.
func (e HTTPErrorType) ToPointer() *HTTPErrorType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *HTTPErrorType) UnmarshalJSON(data []byte) error {
	return rooted("HTTPErrorType", e.decode(data, "$"))
}

func (e *HTTPErrorType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "HTTPErrorType", HTTPErrorTypeHTTPError)
}
