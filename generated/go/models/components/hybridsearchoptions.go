// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type HybridSearchOptions struct {
	EmbeddingWeight float64 `json:"embedding_weight"`
	TextWeight      float64 `json:"text_weight"`
	// AdditionalProperties holds the fields of the JSON object that HybridSearchOptions does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *HybridSearchOptions) GetEmbeddingWeight() float64 {
	if o == nil {
		return 0
	}
	return o.EmbeddingWeight
}

func (o *HybridSearchOptions) GetTextWeight() float64 {
	if o == nil {
		return 0
	}
	return o.TextWeight
}

func (o *HybridSearchOptions) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *HybridSearchOptions) UnmarshalJSON(data []byte) error {
	return rooted("HybridSearchOptions", o.decode(data, "$"))
}

func (o *HybridSearchOptions) decode(data []byte, path string) error {
	var out HybridSearchOptions
	r := readObject(data, path, "HybridSearchOptions")
	readRequired(r, "embedding_weight", &out.EmbeddingWeight, decodeNumber)
	readRequired(r, "text_weight", &out.TextWeight, decodeNumber)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o HybridSearchOptions) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("embedding_weight", o.EmbeddingWeight)
	w.value("text_weight", o.TextWeight)
	return w.finish(o.AdditionalProperties)
}
