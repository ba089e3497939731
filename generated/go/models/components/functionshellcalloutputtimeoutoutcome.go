// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellCallOutputTimeoutOutcome struct {
	Type FunctionShellCallOutputTimeoutOutcomeType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that FunctionShellCallOutputTimeoutOutcome does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionShellCallOutputTimeoutOutcome) GetType() FunctionShellCallOutputTimeoutOutcomeType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionShellCallOutputTimeoutOutcome) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionShellCallOutputTimeoutOutcome) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputTimeoutOutcome", o.decode(data, "$"))
}

func (o *FunctionShellCallOutputTimeoutOutcome) decode(data []byte, path string) error {
	var out FunctionShellCallOutputTimeoutOutcome
	r := readObject(data, path, "FunctionShellCallOutputTimeoutOutcome")
	readRequired(r, "type", &out.Type, (*FunctionShellCallOutputTimeoutOutcomeType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionShellCallOutputTimeoutOutcome) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type FunctionShellCallOutputTimeoutOutcomeType string

const (
	FunctionShellCallOutputTimeoutOutcomeTypeTimeout FunctionShellCallOutputTimeoutOutcomeType = "timeout"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallOutputTimeoutOutcomeType) ToPointer() *FunctionShellCallOutputTimeoutOutcomeType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionShellCallOutputTimeoutOutcomeType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputTimeoutOutcomeType", e.decode(data, "$"))
}

func (e *FunctionShellCallOutputTimeoutOutcomeType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionShellCallOutputTimeoutOutcomeType", FunctionShellCallOutputTimeoutOutcomeTypeTimeout)
}
