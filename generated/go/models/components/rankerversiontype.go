// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type RankerVersionType string

const (
	RankerVersionTypeAuto            RankerVersionType = "auto"
	RankerVersionTypeDefault20241115 RankerVersionType = "default-2024-11-15"
)

// ToPointer returns a pointer to a copy of e.
func (e RankerVersionType) ToPointer() *RankerVersionType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *RankerVersionType) UnmarshalJSON(data []byte) error {
	return rooted("RankerVersionType", e.decode(data, "$"))
}

func (e *RankerVersionType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "RankerVersionType", RankerVersionTypeAuto, RankerVersionTypeDefault20241115)
}
