// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type PromptCacheBreakpointConfig struct {
	Mode PromptCacheBreakpointConfigMode `json:"mode"`
	// AdditionalProperties holds the fields of the JSON object that PromptCacheBreakpointConfig does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *PromptCacheBreakpointConfig) GetMode() PromptCacheBreakpointConfigMode {
	if o == nil {
		return ""
	}
	return o.Mode
}

func (o *PromptCacheBreakpointConfig) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *PromptCacheBreakpointConfig) UnmarshalJSON(data []byte) error {
	return rooted("PromptCacheBreakpointConfig", o.decode(data, "$"))
}

func (o *PromptCacheBreakpointConfig) decode(data []byte, path string) error {
	var out PromptCacheBreakpointConfig
	r := readObject(data, path, "PromptCacheBreakpointConfig")
	readRequired(r, "mode", &out.Mode, (*PromptCacheBreakpointConfigMode).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o PromptCacheBreakpointConfig) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("mode", o.Mode)
	return w.finish(o.AdditionalProperties)
}

type PromptCacheBreakpointConfigMode string

const (
	PromptCacheBreakpointConfigModeExplicit PromptCacheBreakpointConfigMode = "explicit"
)

// ToPointer returns a pointer to a copy of e.
func (e PromptCacheBreakpointConfigMode) ToPointer() *PromptCacheBreakpointConfigMode {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *PromptCacheBreakpointConfigMode) UnmarshalJSON(data []byte) error {
	return rooted("PromptCacheBreakpointConfigMode", e.decode(data, "$"))
}

func (e *PromptCacheBreakpointConfigMode) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "PromptCacheBreakpointConfigMode", PromptCacheBreakpointConfigModeExplicit)
}
