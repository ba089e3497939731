// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

// ImagesUsage - Token usage of an image generation or edit (GPT image models only).
type ImagesUsage struct {
	TotalTokens        float64                       `json:"total_tokens"`
	InputTokens        float64                       `json:"input_tokens"`
	OutputTokens       float64                       `json:"output_tokens"`
	InputTokensDetails ImagesUsageInputTokensDetails `json:"input_tokens_details"`
	// AdditionalProperties holds the fields of the JSON object that ImagesUsage does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImagesUsage) GetTotalTokens() float64 {
	if o == nil {
		return 0
	}
	return o.TotalTokens
}

func (o *ImagesUsage) GetInputTokens() float64 {
	if o == nil {
		return 0
	}
	return o.InputTokens
}

func (o *ImagesUsage) GetOutputTokens() float64 {
	if o == nil {
		return 0
	}
	return o.OutputTokens
}

func (o *ImagesUsage) GetInputTokensDetails() ImagesUsageInputTokensDetails {
	if o == nil {
		return ImagesUsageInputTokensDetails{}
	}
	return o.InputTokensDetails
}

func (o *ImagesUsage) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImagesUsage) UnmarshalJSON(data []byte) error {
	return rooted("ImagesUsage", o.decode(data, "$"))
}

func (o *ImagesUsage) decode(data []byte, path string) error {
	var out ImagesUsage
	r := readObject(data, path, "ImagesUsage")
	readRequired(r, "total_tokens", &out.TotalTokens, decodeInteger)
	readRequired(r, "input_tokens", &out.InputTokens, decodeInteger)
	readRequired(r, "output_tokens", &out.OutputTokens, decodeInteger)
	readRequired(r, "input_tokens_details", &out.InputTokensDetails, (*ImagesUsageInputTokensDetails).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImagesUsage) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("total_tokens", o.TotalTokens)
	w.value("input_tokens", o.InputTokens)
	w.value("output_tokens", o.OutputTokens)
	w.value("input_tokens_details", o.InputTokensDetails)
	return w.finish(o.AdditionalProperties)
}

type ImagesUsageInputTokensDetails struct {
	TextTokens  float64 `json:"text_tokens"`
	ImageTokens float64 `json:"image_tokens"`
	// AdditionalProperties holds the fields of the JSON object that ImagesUsageInputTokensDetails does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ImagesUsageInputTokensDetails) GetTextTokens() float64 {
	if o == nil {
		return 0
	}
	return o.TextTokens
}

func (o *ImagesUsageInputTokensDetails) GetImageTokens() float64 {
	if o == nil {
		return 0
	}
	return o.ImageTokens
}

func (o *ImagesUsageInputTokensDetails) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ImagesUsageInputTokensDetails) UnmarshalJSON(data []byte) error {
	return rooted("ImagesUsageInputTokensDetails", o.decode(data, "$"))
}

func (o *ImagesUsageInputTokensDetails) decode(data []byte, path string) error {
	var out ImagesUsageInputTokensDetails
	r := readObject(data, path, "ImagesUsageInputTokensDetails")
	readRequired(r, "text_tokens", &out.TextTokens, decodeInteger)
	readRequired(r, "image_tokens", &out.ImageTokens, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ImagesUsageInputTokensDetails) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("text_tokens", o.TextTokens)
	w.value("image_tokens", o.ImageTokens)
	return w.finish(o.AdditionalProperties)
}
