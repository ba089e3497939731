// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type DetailEnum string

const (
	DetailEnumLow      DetailEnum = "low"
	DetailEnumHigh     DetailEnum = "high"
	DetailEnumAuto     DetailEnum = "auto"
	DetailEnumOriginal DetailEnum = "original"
)

// ToPointer returns a pointer to a copy of e.
func (e DetailEnum) ToPointer() *DetailEnum {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *DetailEnum) UnmarshalJSON(data []byte) error {
	return rooted("DetailEnum", e.decode(data, "$"))
}

func (e *DetailEnum) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "DetailEnum", DetailEnumLow, DetailEnumHigh, DetailEnumAuto, DetailEnumOriginal)
}
