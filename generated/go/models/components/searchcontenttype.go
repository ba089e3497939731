// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type SearchContentType string

const (
	SearchContentTypeText  SearchContentType = "text"
	SearchContentTypeImage SearchContentType = "image"
)

// ToPointer returns a pointer to a copy of e.
func (e SearchContentType) ToPointer() *SearchContentType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *SearchContentType) UnmarshalJSON(data []byte) error {
	return rooted("SearchContentType", e.decode(data, "$"))
}

func (e *SearchContentType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "SearchContentType", SearchContentTypeText, SearchContentTypeImage)
}
