// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type DirectToolCallCaller struct {
	Type DirectToolCallCallerType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that DirectToolCallCaller does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *DirectToolCallCaller) GetType() DirectToolCallCallerType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *DirectToolCallCaller) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *DirectToolCallCaller) UnmarshalJSON(data []byte) error {
	return rooted("DirectToolCallCaller", o.decode(data, "$"))
}

func (o *DirectToolCallCaller) decode(data []byte, path string) error {
	var out DirectToolCallCaller
	r := readObject(data, path, "DirectToolCallCaller")
	readRequired(r, "type", &out.Type, (*DirectToolCallCallerType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o DirectToolCallCaller) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type DirectToolCallCallerType string

const (
	DirectToolCallCallerTypeDirect DirectToolCallCallerType = "direct"
)

// ToPointer returns a pointer to a copy of e.
func (e DirectToolCallCallerType) ToPointer() *DirectToolCallCallerType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *DirectToolCallCallerType) UnmarshalJSON(data []byte) error {
	return rooted("DirectToolCallCallerType", e.decode(data, "$"))
}

func (e *DirectToolCallCallerType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "DirectToolCallCallerType", DirectToolCallCallerTypeDirect)
}
