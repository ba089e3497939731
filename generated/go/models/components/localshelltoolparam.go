// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type LocalShellToolParam struct {
	Type LocalShellToolParamType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that LocalShellToolParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *LocalShellToolParam) GetType() LocalShellToolParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *LocalShellToolParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *LocalShellToolParam) UnmarshalJSON(data []byte) error {
	return rooted("LocalShellToolParam", o.decode(data, "$"))
}

func (o *LocalShellToolParam) decode(data []byte, path string) error {
	var out LocalShellToolParam
	r := readObject(data, path, "LocalShellToolParam")
	readRequired(r, "type", &out.Type, (*LocalShellToolParamType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o LocalShellToolParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type LocalShellToolParamType string

const (
	LocalShellToolParamTypeLocalShell LocalShellToolParamType = "local_shell"
)

// ToPointer returns a pointer to a copy of e.
func (e LocalShellToolParamType) ToPointer() *LocalShellToolParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *LocalShellToolParamType) UnmarshalJSON(data []byte) error {
	return rooted("LocalShellToolParamType", e.decode(data, "$"))
}

func (e *LocalShellToolParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "LocalShellToolParamType", LocalShellToolParamTypeLocalShell)
}
