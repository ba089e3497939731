// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type DirectToolCallCallerParam struct {
	Type DirectToolCallCallerParamType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that DirectToolCallCallerParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *DirectToolCallCallerParam) GetType() DirectToolCallCallerParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *DirectToolCallCallerParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *DirectToolCallCallerParam) UnmarshalJSON(data []byte) error {
	return rooted("DirectToolCallCallerParam", o.decode(data, "$"))
}

func (o *DirectToolCallCallerParam) decode(data []byte, path string) error {
	var out DirectToolCallCallerParam
	r := readObject(data, path, "DirectToolCallCallerParam")
	readRequired(r, "type", &out.Type, (*DirectToolCallCallerParamType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o DirectToolCallCallerParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type DirectToolCallCallerParamType string

const (
	DirectToolCallCallerParamTypeDirect DirectToolCallCallerParamType = "direct"
)

// ToPointer returns a pointer to a copy of e.
func (e DirectToolCallCallerParamType) ToPointer() *DirectToolCallCallerParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *DirectToolCallCallerParamType) UnmarshalJSON(data []byte) error {
	return rooted("DirectToolCallCallerParamType", e.decode(data, "$"))
}

func (e *DirectToolCallCallerParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "DirectToolCallCallerParamType", DirectToolCallCallerParamTypeDirect)
}
