// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CustomGrammarFormatParam struct {
	Type       CustomGrammarFormatParamType `json:"type"`
	Syntax     GrammarSyntax1               `json:"syntax"`
	Definition string                       `json:"definition"`
	// AdditionalProperties holds the fields of the JSON object that CustomGrammarFormatParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CustomGrammarFormatParam) GetType() CustomGrammarFormatParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CustomGrammarFormatParam) GetSyntax() GrammarSyntax1 {
	if o == nil {
		return ""
	}
	return o.Syntax
}

func (o *CustomGrammarFormatParam) GetDefinition() string {
	if o == nil {
		return ""
	}
	return o.Definition
}

func (o *CustomGrammarFormatParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CustomGrammarFormatParam) UnmarshalJSON(data []byte) error {
	return rooted("CustomGrammarFormatParam", o.decode(data, "$"))
}

func (o *CustomGrammarFormatParam) decode(data []byte, path string) error {
	var out CustomGrammarFormatParam
	r := readObject(data, path, "CustomGrammarFormatParam")
	readRequired(r, "type", &out.Type, (*CustomGrammarFormatParamType).decode)
	readRequired(r, "syntax", &out.Syntax, (*GrammarSyntax1).decode)
	readRequired(r, "definition", &out.Definition, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CustomGrammarFormatParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("syntax", o.Syntax)
	w.value("definition", o.Definition)
	return w.finish(o.AdditionalProperties)
}

type CustomGrammarFormatParamType string

const (
	CustomGrammarFormatParamTypeGrammar CustomGrammarFormatParamType = "grammar"
)

// ToPointer returns a pointer to a copy of e.
func (e CustomGrammarFormatParamType) ToPointer() *CustomGrammarFormatParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CustomGrammarFormatParamType) UnmarshalJSON(data []byte) error {
	return rooted("CustomGrammarFormatParamType", e.decode(data, "$"))
}

func (e *CustomGrammarFormatParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CustomGrammarFormatParamType", CustomGrammarFormatParamTypeGrammar)
}
