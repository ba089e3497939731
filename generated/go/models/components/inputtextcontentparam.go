// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type InputTextContentParam struct {
	Type                  InputTextContentParamType                    `json:"type"`
	Text                  string                                       `json:"text"`
	PromptCacheBreakpoint OptionalNullable[PromptCacheBreakpointParam] `json:"prompt_cache_breakpoint,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that InputTextContentParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *InputTextContentParam) GetType() InputTextContentParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *InputTextContentParam) GetText() string {
	if o == nil {
		return ""
	}
	return o.Text
}

func (o *InputTextContentParam) GetPromptCacheBreakpoint() OptionalNullable[PromptCacheBreakpointParam] {
	if o == nil {
		return OptionalNullable[PromptCacheBreakpointParam]{}
	}
	return o.PromptCacheBreakpoint
}

func (o *InputTextContentParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *InputTextContentParam) UnmarshalJSON(data []byte) error {
	return rooted("InputTextContentParam", o.decode(data, "$"))
}

func (o *InputTextContentParam) decode(data []byte, path string) error {
	var out InputTextContentParam
	r := readObject(data, path, "InputTextContentParam")
	readRequired(r, "type", &out.Type, (*InputTextContentParamType).decode)
	readRequired(r, "text", &out.Text, sized(decodeString, limits{hasMax: true, max: 10485760}))
	readOptionalNullable(r, "prompt_cache_breakpoint", &out.PromptCacheBreakpoint, (*PromptCacheBreakpointParam).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o InputTextContentParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("text", o.Text)
	w.valueIf(o.PromptCacheBreakpoint.IsSet(), "prompt_cache_breakpoint", o.PromptCacheBreakpoint)
	return w.finish(o.AdditionalProperties)
}

type InputTextContentParamType string

const (
	InputTextContentParamTypeInputText InputTextContentParamType = "input_text"
)

// ToPointer returns a pointer to a copy of e.
func (e InputTextContentParamType) ToPointer() *InputTextContentParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *InputTextContentParamType) UnmarshalJSON(data []byte) error {
	return rooted("InputTextContentParamType", e.decode(data, "$"))
}

func (e *InputTextContentParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "InputTextContentParamType", InputTextContentParamTypeInputText)
}
