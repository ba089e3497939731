// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellAction struct {
	Commands        []string `json:"commands"`
	TimeoutMs       *float64 `json:"timeout_ms"`
	MaxOutputLength *float64 `json:"max_output_length"`
	// AdditionalProperties holds the fields of the JSON object that FunctionShellAction does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionShellAction) GetCommands() []string {
	if o == nil {
		return nil
	}
	return o.Commands
}

func (o *FunctionShellAction) GetTimeoutMs() *float64 {
	if o == nil {
		return nil
	}
	return o.TimeoutMs
}

func (o *FunctionShellAction) GetMaxOutputLength() *float64 {
	if o == nil {
		return nil
	}
	return o.MaxOutputLength
}

func (o *FunctionShellAction) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionShellAction) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellAction", o.decode(data, "$"))
}

func (o *FunctionShellAction) decode(data []byte, path string) error {
	var out FunctionShellAction
	r := readObject(data, path, "FunctionShellAction")
	readRequired(r, "commands", &out.Commands, decodeArray(decodeString))
	readRequired(r, "timeout_ms", &out.TimeoutMs, decodeNullable(decodeInteger))
	readRequired(r, "max_output_length", &out.MaxOutputLength, decodeNullable(decodeInteger))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionShellAction) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("commands", o.Commands)
	w.value("timeout_ms", o.TimeoutMs)
	w.value("max_output_length", o.MaxOutputLength)
	return w.finish(o.AdditionalProperties)
}
