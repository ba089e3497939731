// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type PromptCacheOptions struct {
	TTL  PromptCacheTTLEnum  `json:"ttl"`
	Mode PromptCacheModeEnum `json:"mode"`
	// AdditionalProperties holds the fields of the JSON object that PromptCacheOptions does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *PromptCacheOptions) GetTTL() PromptCacheTTLEnum {
	if o == nil {
		return ""
	}
	return o.TTL
}

func (o *PromptCacheOptions) GetMode() PromptCacheModeEnum {
	if o == nil {
		return ""
	}
	return o.Mode
}

func (o *PromptCacheOptions) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *PromptCacheOptions) UnmarshalJSON(data []byte) error {
	return rooted("PromptCacheOptions", o.decode(data, "$"))
}

func (o *PromptCacheOptions) decode(data []byte, path string) error {
	var out PromptCacheOptions
	r := readObject(data, path, "PromptCacheOptions")
	readRequired(r, "ttl", &out.TTL, (*PromptCacheTTLEnum).decode)
	readRequired(r, "mode", &out.Mode, (*PromptCacheModeEnum).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o PromptCacheOptions) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("ttl", o.TTL)
	w.value("mode", o.Mode)
	return w.finish(o.AdditionalProperties)
}
