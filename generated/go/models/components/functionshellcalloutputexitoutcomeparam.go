// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellCallOutputExitOutcomeParam struct {
	Type     FunctionShellCallOutputExitOutcomeParamType `json:"type"`
	ExitCode float64                                     `json:"exit_code"`
	// AdditionalProperties holds the fields of the JSON object that FunctionShellCallOutputExitOutcomeParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionShellCallOutputExitOutcomeParam) GetType() FunctionShellCallOutputExitOutcomeParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionShellCallOutputExitOutcomeParam) GetExitCode() float64 {
	if o == nil {
		return 0
	}
	return o.ExitCode
}

func (o *FunctionShellCallOutputExitOutcomeParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionShellCallOutputExitOutcomeParam) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputExitOutcomeParam", o.decode(data, "$"))
}

func (o *FunctionShellCallOutputExitOutcomeParam) decode(data []byte, path string) error {
	var out FunctionShellCallOutputExitOutcomeParam
	r := readObject(data, path, "FunctionShellCallOutputExitOutcomeParam")
	readRequired(r, "type", &out.Type, (*FunctionShellCallOutputExitOutcomeParamType).decode)
	readRequired(r, "exit_code", &out.ExitCode, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionShellCallOutputExitOutcomeParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("exit_code", o.ExitCode)
	return w.finish(o.AdditionalProperties)
}

type FunctionShellCallOutputExitOutcomeParamType string

const (
	FunctionShellCallOutputExitOutcomeParamTypeExit FunctionShellCallOutputExitOutcomeParamType = "exit"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallOutputExitOutcomeParamType) ToPointer() *FunctionShellCallOutputExitOutcomeParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionShellCallOutputExitOutcomeParamType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputExitOutcomeParamType", e.decode(data, "$"))
}

func (e *FunctionShellCallOutputExitOutcomeParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionShellCallOutputExitOutcomeParamType", FunctionShellCallOutputExitOutcomeParamTypeExit)
}
