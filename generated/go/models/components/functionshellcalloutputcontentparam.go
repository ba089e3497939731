// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellCallOutputContentParam struct {
	Stdout  string                              `json:"stdout"`
	Stderr  string                              `json:"stderr"`
	Outcome FunctionShellCallOutputOutcomeParam `json:"outcome"`
	// AdditionalProperties holds the fields of the JSON object that FunctionShellCallOutputContentParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionShellCallOutputContentParam) GetStdout() string {
	if o == nil {
		return ""
	}
	return o.Stdout
}

func (o *FunctionShellCallOutputContentParam) GetStderr() string {
	if o == nil {
		return ""
	}
	return o.Stderr
}

func (o *FunctionShellCallOutputContentParam) GetOutcome() FunctionShellCallOutputOutcomeParam {
	if o == nil {
		return FunctionShellCallOutputOutcomeParam{}
	}
	return o.Outcome
}

func (o *FunctionShellCallOutputContentParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionShellCallOutputContentParam) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputContentParam", o.decode(data, "$"))
}

func (o *FunctionShellCallOutputContentParam) decode(data []byte, path string) error {
	var out FunctionShellCallOutputContentParam
	r := readObject(data, path, "FunctionShellCallOutputContentParam")
	readRequired(r, "stdout", &out.Stdout, sized(decodeString, limits{hasMax: true, max: 10485760}))
	readRequired(r, "stderr", &out.Stderr, sized(decodeString, limits{hasMax: true, max: 10485760}))
	readRequired(r, "outcome", &out.Outcome, (*FunctionShellCallOutputOutcomeParam).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionShellCallOutputContentParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("stdout", o.Stdout)
	w.value("stderr", o.Stderr)
	w.value("outcome", o.Outcome)
	return w.finish(o.AdditionalProperties)
}
