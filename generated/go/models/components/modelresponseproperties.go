// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ModelResponseProperties struct {
	Metadata    OptionalNullable[Metadata] `json:"metadata,omitempty"`
	TopLogprobs OptionalNullable[float64]  `json:"top_logprobs,omitempty"`
	Temperature OptionalNullable[float64]  `json:"temperature,omitempty"`
	TopP        OptionalNullable[float64]  `json:"top_p,omitempty"`
	// Deprecated: this is deprecated in the schema and may be removed.
	User             *string                  `json:"user,omitempty"`
	SafetyIdentifier OptionalNullable[string] `json:"safety_identifier,omitempty"`
	PromptCacheKey   OptionalNullable[string] `json:"prompt_cache_key,omitempty"`
	// Deprecated: this is deprecated in the schema and may be removed.
	PromptCacheRetention OptionalNullable[ModelResponsePropertiesPromptCacheRetention] `json:"prompt_cache_retention,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ModelResponseProperties does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ModelResponseProperties) GetMetadata() OptionalNullable[Metadata] {
	if o == nil {
		return OptionalNullable[Metadata]{}
	}
	return o.Metadata
}

func (o *ModelResponseProperties) GetTopLogprobs() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.TopLogprobs
}

func (o *ModelResponseProperties) GetTemperature() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.Temperature
}

func (o *ModelResponseProperties) GetTopP() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.TopP
}

func (o *ModelResponseProperties) GetUser() *string {
	if o == nil {
		return nil
	}
	return o.User
}

func (o *ModelResponseProperties) GetSafetyIdentifier() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.SafetyIdentifier
}

func (o *ModelResponseProperties) GetPromptCacheKey() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.PromptCacheKey
}

func (o *ModelResponseProperties) GetPromptCacheRetention() OptionalNullable[ModelResponsePropertiesPromptCacheRetention] {
	if o == nil {
		return OptionalNullable[ModelResponsePropertiesPromptCacheRetention]{}
	}
	return o.PromptCacheRetention
}

func (o *ModelResponseProperties) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ModelResponseProperties) UnmarshalJSON(data []byte) error {
	return rooted("ModelResponseProperties", o.decode(data, "$"))
}

func (o *ModelResponseProperties) decode(data []byte, path string) error {
	var out ModelResponseProperties
	r := readObject(data, path, "ModelResponseProperties")
	readOptionalNullable(r, "metadata", &out.Metadata, decodeNullable(decodeMap(decodeString)))
	readOptionalNullable(r, "top_logprobs", &out.TopLogprobs, bounded(decodeInteger, limits{hasMin: true, min: 0, hasMax: true, max: 20}))
	readOptionalNullable(r, "temperature", &out.Temperature, bounded(decodeNumber, limits{hasMin: true, min: 0, hasMax: true, max: 2}))
	readOptionalNullable(r, "top_p", &out.TopP, bounded(decodeNumber, limits{hasMin: true, min: 0, hasMax: true, max: 1}))
	readOptional(r, "user", &out.User, decodeString)
	readOptionalNullable(r, "safety_identifier", &out.SafetyIdentifier, sized(decodeString, limits{hasMax: true, max: 64}))
	readOptionalNullable(r, "prompt_cache_key", &out.PromptCacheKey, decodeString)
	readOptionalNullable(r, "prompt_cache_retention", &out.PromptCacheRetention, (*ModelResponsePropertiesPromptCacheRetention).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ModelResponseProperties) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.Metadata.IsSet(), "metadata", o.Metadata)
	w.valueIf(o.TopLogprobs.IsSet(), "top_logprobs", o.TopLogprobs)
	w.valueIf(o.Temperature.IsSet(), "temperature", o.Temperature)
	w.valueIf(o.TopP.IsSet(), "top_p", o.TopP)
	w.valueIf(o.User != nil, "user", o.User)
	w.valueIf(o.SafetyIdentifier.IsSet(), "safety_identifier", o.SafetyIdentifier)
	w.valueIf(o.PromptCacheKey.IsSet(), "prompt_cache_key", o.PromptCacheKey)
	w.valueIf(o.PromptCacheRetention.IsSet(), "prompt_cache_retention", o.PromptCacheRetention)
	return w.finish(o.AdditionalProperties)
}

// ModelResponsePropertiesPromptCacheRetention - Deprecated: this is deprecated in the schema and may be removed.
type ModelResponsePropertiesPromptCacheRetention string

const (
	ModelResponsePropertiesPromptCacheRetentionInMemory    ModelResponsePropertiesPromptCacheRetention = "in_memory"
	ModelResponsePropertiesPromptCacheRetentionTwentyFourh ModelResponsePropertiesPromptCacheRetention = "24h"
)

// ToPointer returns a pointer to a copy of e.
func (e ModelResponsePropertiesPromptCacheRetention) ToPointer() *ModelResponsePropertiesPromptCacheRetention {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ModelResponsePropertiesPromptCacheRetention) UnmarshalJSON(data []byte) error {
	return rooted("ModelResponsePropertiesPromptCacheRetention", e.decode(data, "$"))
}

func (e *ModelResponsePropertiesPromptCacheRetention) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ModelResponsePropertiesPromptCacheRetention", ModelResponsePropertiesPromptCacheRetentionInMemory, ModelResponsePropertiesPromptCacheRetentionTwentyFourh)
}
