// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FileSearchTool struct {
	Type           FileSearchToolType        `json:"type"`
	VectorStoreIds []string                  `json:"vector_store_ids"`
	MaxNumResults  *float64                  `json:"max_num_results,omitempty"`
	RankingOptions *RankingOptions           `json:"ranking_options,omitempty"`
	Filters        OptionalNullable[Filters] `json:"filters,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FileSearchTool does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FileSearchTool) GetType() FileSearchToolType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FileSearchTool) GetVectorStoreIds() []string {
	if o == nil {
		return nil
	}
	return o.VectorStoreIds
}

func (o *FileSearchTool) GetMaxNumResults() *float64 {
	if o == nil {
		return nil
	}
	return o.MaxNumResults
}

func (o *FileSearchTool) GetRankingOptions() *RankingOptions {
	if o == nil {
		return nil
	}
	return o.RankingOptions
}

func (o *FileSearchTool) GetFilters() OptionalNullable[Filters] {
	if o == nil {
		return OptionalNullable[Filters]{}
	}
	return o.Filters
}

func (o *FileSearchTool) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FileSearchTool) UnmarshalJSON(data []byte) error {
	return rooted("FileSearchTool", o.decode(data, "$"))
}

func (o *FileSearchTool) decode(data []byte, path string) error {
	var out FileSearchTool
	r := readObject(data, path, "FileSearchTool")
	readRequired(r, "type", &out.Type, (*FileSearchToolType).decode)
	readRequired(r, "vector_store_ids", &out.VectorStoreIds, decodeArray(decodeString))
	readOptional(r, "max_num_results", &out.MaxNumResults, decodeInteger)
	readOptional(r, "ranking_options", &out.RankingOptions, (*RankingOptions).decode)
	readOptionalNullable(r, "filters", &out.Filters, (*Filters).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FileSearchTool) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("vector_store_ids", o.VectorStoreIds)
	w.valueIf(o.MaxNumResults != nil, "max_num_results", o.MaxNumResults)
	w.valueIf(o.RankingOptions != nil, "ranking_options", o.RankingOptions)
	w.valueIf(o.Filters.IsSet(), "filters", o.Filters)
	return w.finish(o.AdditionalProperties)
}

type FileSearchToolType string

const (
	FileSearchToolTypeFileSearch FileSearchToolType = "file_search"
)

// ToPointer returns a pointer to a copy of e.
func (e FileSearchToolType) ToPointer() *FileSearchToolType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FileSearchToolType) UnmarshalJSON(data []byte) error {
	return rooted("FileSearchToolType", e.decode(data, "$"))
}

func (e *FileSearchToolType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FileSearchToolType", FileSearchToolTypeFileSearch)
}
