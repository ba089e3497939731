// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type PromptCacheBreakpointParam struct {
	Mode PromptCacheBreakpointParamMode `json:"mode"`
	// AdditionalProperties holds the fields of the JSON object that PromptCacheBreakpointParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *PromptCacheBreakpointParam) GetMode() PromptCacheBreakpointParamMode {
	if o == nil {
		return ""
	}
	return o.Mode
}

func (o *PromptCacheBreakpointParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *PromptCacheBreakpointParam) UnmarshalJSON(data []byte) error {
	return rooted("PromptCacheBreakpointParam", o.decode(data, "$"))
}

func (o *PromptCacheBreakpointParam) decode(data []byte, path string) error {
	var out PromptCacheBreakpointParam
	r := readObject(data, path, "PromptCacheBreakpointParam")
	readRequired(r, "mode", &out.Mode, (*PromptCacheBreakpointParamMode).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o PromptCacheBreakpointParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("mode", o.Mode)
	return w.finish(o.AdditionalProperties)
}

type PromptCacheBreakpointParamMode string

const (
	PromptCacheBreakpointParamModeExplicit PromptCacheBreakpointParamMode = "explicit"
)

// ToPointer returns a pointer to a copy of e.
func (e PromptCacheBreakpointParamMode) ToPointer() *PromptCacheBreakpointParamMode {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *PromptCacheBreakpointParamMode) UnmarshalJSON(data []byte) error {
	return rooted("PromptCacheBreakpointParamMode", e.decode(data, "$"))
}

func (e *PromptCacheBreakpointParamMode) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "PromptCacheBreakpointParamMode", PromptCacheBreakpointParamModeExplicit)
}
