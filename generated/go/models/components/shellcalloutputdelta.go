// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ShellCallOutputDelta struct {
	Stdout *string `json:"stdout,omitempty"`
	Stderr *string `json:"stderr,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ShellCallOutputDelta does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ShellCallOutputDelta) GetStdout() *string {
	if o == nil {
		return nil
	}
	return o.Stdout
}

func (o *ShellCallOutputDelta) GetStderr() *string {
	if o == nil {
		return nil
	}
	return o.Stderr
}

func (o *ShellCallOutputDelta) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ShellCallOutputDelta) UnmarshalJSON(data []byte) error {
	return rooted("ShellCallOutputDelta", o.decode(data, "$"))
}

func (o *ShellCallOutputDelta) decode(data []byte, path string) error {
	var out ShellCallOutputDelta
	r := readObject(data, path, "ShellCallOutputDelta")
	readOptional(r, "stdout", &out.Stdout, decodeString)
	readOptional(r, "stderr", &out.Stderr, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ShellCallOutputDelta) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.Stdout != nil, "stdout", o.Stdout)
	w.valueIf(o.Stderr != nil, "stderr", o.Stderr)
	return w.finish(o.AdditionalProperties)
}
