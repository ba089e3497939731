// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type SearchContextSize string

const (
	SearchContextSizeLow    SearchContextSize = "low"
	SearchContextSizeMedium SearchContextSize = "medium"
	SearchContextSizeHigh   SearchContextSize = "high"
)

// ToPointer returns a pointer to a copy of e.
func (e SearchContextSize) ToPointer() *SearchContextSize {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *SearchContextSize) UnmarshalJSON(data []byte) error {
	return rooted("SearchContextSize", e.decode(data, "$"))
}

func (e *SearchContextSize) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "SearchContextSize", SearchContextSizeLow, SearchContextSizeMedium, SearchContextSizeHigh)
}
