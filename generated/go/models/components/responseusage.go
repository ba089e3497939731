// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ResponseUsage struct {
	InputTokens         float64                          `json:"input_tokens"`
	InputTokensDetails  ResponseUsageInputTokensDetails  `json:"input_tokens_details"`
	OutputTokens        float64                          `json:"output_tokens"`
	OutputTokensDetails ResponseUsageOutputTokensDetails `json:"output_tokens_details"`
	TotalTokens         float64                          `json:"total_tokens"`
	// AdditionalProperties holds the fields of the JSON object that ResponseUsage does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseUsage) GetInputTokens() float64 {
	if o == nil {
		return 0
	}
	return o.InputTokens
}

func (o *ResponseUsage) GetInputTokensDetails() ResponseUsageInputTokensDetails {
	if o == nil {
		return ResponseUsageInputTokensDetails{}
	}
	return o.InputTokensDetails
}

func (o *ResponseUsage) GetOutputTokens() float64 {
	if o == nil {
		return 0
	}
	return o.OutputTokens
}

func (o *ResponseUsage) GetOutputTokensDetails() ResponseUsageOutputTokensDetails {
	if o == nil {
		return ResponseUsageOutputTokensDetails{}
	}
	return o.OutputTokensDetails
}

func (o *ResponseUsage) GetTotalTokens() float64 {
	if o == nil {
		return 0
	}
	return o.TotalTokens
}

func (o *ResponseUsage) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseUsage) UnmarshalJSON(data []byte) error {
	return rooted("ResponseUsage", o.decode(data, "$"))
}

func (o *ResponseUsage) decode(data []byte, path string) error {
	var out ResponseUsage
	r := readObject(data, path, "ResponseUsage")
	readRequired(r, "input_tokens", &out.InputTokens, decodeInteger)
	readRequired(r, "input_tokens_details", &out.InputTokensDetails, (*ResponseUsageInputTokensDetails).decode)
	readRequired(r, "output_tokens", &out.OutputTokens, decodeInteger)
	readRequired(r, "output_tokens_details", &out.OutputTokensDetails, (*ResponseUsageOutputTokensDetails).decode)
	readRequired(r, "total_tokens", &out.TotalTokens, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseUsage) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("input_tokens", o.InputTokens)
	w.value("input_tokens_details", o.InputTokensDetails)
	w.value("output_tokens", o.OutputTokens)
	w.value("output_tokens_details", o.OutputTokensDetails)
	w.value("total_tokens", o.TotalTokens)
	return w.finish(o.AdditionalProperties)
}

type ResponseUsageInputTokensDetails struct {
	CachedTokens     float64 `json:"cached_tokens"`
	CacheWriteTokens float64 `json:"cache_write_tokens"`
	// AdditionalProperties holds the fields of the JSON object that ResponseUsageInputTokensDetails does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseUsageInputTokensDetails) GetCachedTokens() float64 {
	if o == nil {
		return 0
	}
	return o.CachedTokens
}

func (o *ResponseUsageInputTokensDetails) GetCacheWriteTokens() float64 {
	if o == nil {
		return 0
	}
	return o.CacheWriteTokens
}

func (o *ResponseUsageInputTokensDetails) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseUsageInputTokensDetails) UnmarshalJSON(data []byte) error {
	return rooted("ResponseUsageInputTokensDetails", o.decode(data, "$"))
}

func (o *ResponseUsageInputTokensDetails) decode(data []byte, path string) error {
	var out ResponseUsageInputTokensDetails
	r := readObject(data, path, "ResponseUsageInputTokensDetails")
	readRequired(r, "cached_tokens", &out.CachedTokens, decodeInteger)
	readRequired(r, "cache_write_tokens", &out.CacheWriteTokens, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseUsageInputTokensDetails) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("cached_tokens", o.CachedTokens)
	w.value("cache_write_tokens", o.CacheWriteTokens)
	return w.finish(o.AdditionalProperties)
}

type ResponseUsageOutputTokensDetails struct {
	ReasoningTokens float64 `json:"reasoning_tokens"`
	// AdditionalProperties holds the fields of the JSON object that ResponseUsageOutputTokensDetails does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseUsageOutputTokensDetails) GetReasoningTokens() float64 {
	if o == nil {
		return 0
	}
	return o.ReasoningTokens
}

func (o *ResponseUsageOutputTokensDetails) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseUsageOutputTokensDetails) UnmarshalJSON(data []byte) error {
	return rooted("ResponseUsageOutputTokensDetails", o.decode(data, "$"))
}

func (o *ResponseUsageOutputTokensDetails) decode(data []byte, path string) error {
	var out ResponseUsageOutputTokensDetails
	r := readObject(data, path, "ResponseUsageOutputTokensDetails")
	readRequired(r, "reasoning_tokens", &out.ReasoningTokens, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseUsageOutputTokensDetails) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("reasoning_tokens", o.ReasoningTokens)
	return w.finish(o.AdditionalProperties)
}
