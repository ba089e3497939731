// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ComputerCallSafetyCheckParam struct {
	ID      string                   `json:"id"`
	Code    OptionalNullable[string] `json:"code,omitempty"`
	Message OptionalNullable[string] `json:"message,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ComputerCallSafetyCheckParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ComputerCallSafetyCheckParam) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ComputerCallSafetyCheckParam) GetCode() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Code
}

func (o *ComputerCallSafetyCheckParam) GetMessage() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Message
}

func (o *ComputerCallSafetyCheckParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ComputerCallSafetyCheckParam) UnmarshalJSON(data []byte) error {
	return rooted("ComputerCallSafetyCheckParam", o.decode(data, "$"))
}

func (o *ComputerCallSafetyCheckParam) decode(data []byte, path string) error {
	var out ComputerCallSafetyCheckParam
	r := readObject(data, path, "ComputerCallSafetyCheckParam")
	readRequired(r, "id", &out.ID, decodeString)
	readOptionalNullable(r, "code", &out.Code, decodeString)
	readOptionalNullable(r, "message", &out.Message, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ComputerCallSafetyCheckParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("id", o.ID)
	w.valueIf(o.Code.IsSet(), "code", o.Code)
	w.valueIf(o.Message.IsSet(), "message", o.Message)
	return w.finish(o.AdditionalProperties)
}
