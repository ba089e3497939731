// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type InputTextContent struct {
	Type                  InputTextContentType         `json:"type"`
	Text                  string                       `json:"text"`
	PromptCacheBreakpoint *PromptCacheBreakpointConfig `json:"prompt_cache_breakpoint,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that InputTextContent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *InputTextContent) GetType() InputTextContentType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *InputTextContent) GetText() string {
	if o == nil {
		return ""
	}
	return o.Text
}

func (o *InputTextContent) GetPromptCacheBreakpoint() *PromptCacheBreakpointConfig {
	if o == nil {
		return nil
	}
	return o.PromptCacheBreakpoint
}

func (o *InputTextContent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *InputTextContent) UnmarshalJSON(data []byte) error {
	return rooted("InputTextContent", o.decode(data, "$"))
}

func (o *InputTextContent) decode(data []byte, path string) error {
	var out InputTextContent
	r := readObject(data, path, "InputTextContent")
	readRequired(r, "type", &out.Type, (*InputTextContentType).decode)
	readRequired(r, "text", &out.Text, decodeString)
	readOptional(r, "prompt_cache_breakpoint", &out.PromptCacheBreakpoint, (*PromptCacheBreakpointConfig).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o InputTextContent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("text", o.Text)
	w.valueIf(o.PromptCacheBreakpoint != nil, "prompt_cache_breakpoint", o.PromptCacheBreakpoint)
	return w.finish(o.AdditionalProperties)
}

type InputTextContentType string

const (
	InputTextContentTypeInputText InputTextContentType = "input_text"
)

// ToPointer returns a pointer to a copy of e.
func (e InputTextContentType) ToPointer() *InputTextContentType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *InputTextContentType) UnmarshalJSON(data []byte) error {
	return rooted("InputTextContentType", e.decode(data, "$"))
}

func (e *InputTextContentType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "InputTextContentType", InputTextContentTypeInputText)
}
