// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellActionParam struct {
	Commands        []string                  `json:"commands"`
	TimeoutMs       OptionalNullable[float64] `json:"timeout_ms,omitempty"`
	MaxOutputLength OptionalNullable[float64] `json:"max_output_length,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FunctionShellActionParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionShellActionParam) GetCommands() []string {
	if o == nil {
		return nil
	}
	return o.Commands
}

func (o *FunctionShellActionParam) GetTimeoutMs() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.TimeoutMs
}

func (o *FunctionShellActionParam) GetMaxOutputLength() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.MaxOutputLength
}

func (o *FunctionShellActionParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionShellActionParam) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellActionParam", o.decode(data, "$"))
}

func (o *FunctionShellActionParam) decode(data []byte, path string) error {
	var out FunctionShellActionParam
	r := readObject(data, path, "FunctionShellActionParam")
	readRequired(r, "commands", &out.Commands, decodeArray(decodeString))
	readOptionalNullable(r, "timeout_ms", &out.TimeoutMs, decodeInteger)
	readOptionalNullable(r, "max_output_length", &out.MaxOutputLength, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionShellActionParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("commands", o.Commands)
	w.valueIf(o.TimeoutMs.IsSet(), "timeout_ms", o.TimeoutMs)
	w.valueIf(o.MaxOutputLength.IsSet(), "max_output_length", o.MaxOutputLength)
	return w.finish(o.AdditionalProperties)
}
