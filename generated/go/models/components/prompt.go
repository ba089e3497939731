// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type Prompt struct {
	ID        string                                    `json:"id"`
	Version   OptionalNullable[string]                  `json:"version,omitempty"`
	Variables OptionalNullable[ResponsePromptVariables] `json:"variables,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that Prompt does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *Prompt) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *Prompt) GetVersion() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Version
}

func (o *Prompt) GetVariables() OptionalNullable[ResponsePromptVariables] {
	if o == nil {
		return OptionalNullable[ResponsePromptVariables]{}
	}
	return o.Variables
}

func (o *Prompt) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *Prompt) UnmarshalJSON(data []byte) error {
	return rooted("Prompt", o.decode(data, "$"))
}

func (o *Prompt) decode(data []byte, path string) error {
	var out Prompt
	r := readObject(data, path, "Prompt")
	readRequired(r, "id", &out.ID, decodeString)
	readOptionalNullable(r, "version", &out.Version, decodeString)
	readOptionalNullable(r, "variables", &out.Variables, decodeNullable(decodeMap((*ResponsePromptVariablesValue).decode)))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o Prompt) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("id", o.ID)
	w.valueIf(o.Version.IsSet(), "version", o.Version)
	w.valueIf(o.Variables.IsSet(), "variables", o.Variables)
	return w.finish(o.AdditionalProperties)
}
