// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type RankingOptions struct {
	Ranker         *RankerVersionType   `json:"ranker,omitempty"`
	ScoreThreshold *float64             `json:"score_threshold,omitempty"`
	HybridSearch   *HybridSearchOptions `json:"hybrid_search,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that RankingOptions does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *RankingOptions) GetRanker() *RankerVersionType {
	if o == nil {
		return nil
	}
	return o.Ranker
}

func (o *RankingOptions) GetScoreThreshold() *float64 {
	if o == nil {
		return nil
	}
	return o.ScoreThreshold
}

func (o *RankingOptions) GetHybridSearch() *HybridSearchOptions {
	if o == nil {
		return nil
	}
	return o.HybridSearch
}

func (o *RankingOptions) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *RankingOptions) UnmarshalJSON(data []byte) error {
	return rooted("RankingOptions", o.decode(data, "$"))
}

func (o *RankingOptions) decode(data []byte, path string) error {
	var out RankingOptions
	r := readObject(data, path, "RankingOptions")
	readOptional(r, "ranker", &out.Ranker, (*RankerVersionType).decode)
	readOptional(r, "score_threshold", &out.ScoreThreshold, decodeNumber)
	readOptional(r, "hybrid_search", &out.HybridSearch, (*HybridSearchOptions).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o RankingOptions) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.Ranker != nil, "ranker", o.Ranker)
	w.valueIf(o.ScoreThreshold != nil, "score_threshold", o.ScoreThreshold)
	w.valueIf(o.HybridSearch != nil, "hybrid_search", o.HybridSearch)
	return w.finish(o.AdditionalProperties)
}
