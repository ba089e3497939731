// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellCallOutputExitOutcome struct {
	Type     FunctionShellCallOutputExitOutcomeType `json:"type"`
	ExitCode float64                                `json:"exit_code"`
	// AdditionalProperties holds the fields of the JSON object that FunctionShellCallOutputExitOutcome does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionShellCallOutputExitOutcome) GetType() FunctionShellCallOutputExitOutcomeType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionShellCallOutputExitOutcome) GetExitCode() float64 {
	if o == nil {
		return 0
	}
	return o.ExitCode
}

func (o *FunctionShellCallOutputExitOutcome) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionShellCallOutputExitOutcome) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputExitOutcome", o.decode(data, "$"))
}

func (o *FunctionShellCallOutputExitOutcome) decode(data []byte, path string) error {
	var out FunctionShellCallOutputExitOutcome
	r := readObject(data, path, "FunctionShellCallOutputExitOutcome")
	readRequired(r, "type", &out.Type, (*FunctionShellCallOutputExitOutcomeType).decode)
	readRequired(r, "exit_code", &out.ExitCode, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionShellCallOutputExitOutcome) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("exit_code", o.ExitCode)
	return w.finish(o.AdditionalProperties)
}

type FunctionShellCallOutputExitOutcomeType string

const (
	FunctionShellCallOutputExitOutcomeTypeExit FunctionShellCallOutputExitOutcomeType = "exit"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallOutputExitOutcomeType) ToPointer() *FunctionShellCallOutputExitOutcomeType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionShellCallOutputExitOutcomeType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputExitOutcomeType", e.decode(data, "$"))
}

func (e *FunctionShellCallOutputExitOutcomeType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionShellCallOutputExitOutcomeType", FunctionShellCallOutputExitOutcomeTypeExit)
}
