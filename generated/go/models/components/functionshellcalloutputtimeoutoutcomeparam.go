// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellCallOutputTimeoutOutcomeParam struct {
	Type FunctionShellCallOutputTimeoutOutcomeParamType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that FunctionShellCallOutputTimeoutOutcomeParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionShellCallOutputTimeoutOutcomeParam) GetType() FunctionShellCallOutputTimeoutOutcomeParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionShellCallOutputTimeoutOutcomeParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionShellCallOutputTimeoutOutcomeParam) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputTimeoutOutcomeParam", o.decode(data, "$"))
}

func (o *FunctionShellCallOutputTimeoutOutcomeParam) decode(data []byte, path string) error {
	var out FunctionShellCallOutputTimeoutOutcomeParam
	r := readObject(data, path, "FunctionShellCallOutputTimeoutOutcomeParam")
	readRequired(r, "type", &out.Type, (*FunctionShellCallOutputTimeoutOutcomeParamType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionShellCallOutputTimeoutOutcomeParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type FunctionShellCallOutputTimeoutOutcomeParamType string

const (
	FunctionShellCallOutputTimeoutOutcomeParamTypeTimeout FunctionShellCallOutputTimeoutOutcomeParamType = "timeout"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallOutputTimeoutOutcomeParamType) ToPointer() *FunctionShellCallOutputTimeoutOutcomeParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionShellCallOutputTimeoutOutcomeParamType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputTimeoutOutcomeParamType", e.decode(data, "$"))
}

func (e *FunctionShellCallOutputTimeoutOutcomeParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionShellCallOutputTimeoutOutcomeParamType", FunctionShellCallOutputTimeoutOutcomeParamTypeTimeout)
}
