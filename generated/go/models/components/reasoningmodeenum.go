// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ReasoningModeEnum ReasoningModeEnumKnown

// UnmarshalJSON decodes strictly and rejects a value that does not fit with a *DecodeError.
func (a *ReasoningModeEnum) UnmarshalJSON(data []byte) error {
	return rooted("ReasoningModeEnum", a.decode(data, "$"))
}

func (a *ReasoningModeEnum) decode(data []byte, path string) error {
	return owned("ReasoningModeEnum", decodeOpenEnum[ReasoningModeEnumKnown]((*ReasoningModeEnumKnown)(a), data, path))
}

type ReasoningModeEnumKnown string

const (
	ReasoningModeEnumKnownStandard ReasoningModeEnumKnown = "standard"
	ReasoningModeEnumKnownPro      ReasoningModeEnumKnown = "pro"
)

// ToPointer returns a pointer to a copy of e.
func (e ReasoningModeEnumKnown) ToPointer() *ReasoningModeEnumKnown {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ReasoningModeEnumKnown) UnmarshalJSON(data []byte) error {
	return rooted("ReasoningModeEnumKnown", e.decode(data, "$"))
}

func (e *ReasoningModeEnumKnown) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ReasoningModeEnumKnown", ReasoningModeEnumKnownStandard, ReasoningModeEnumKnownPro)
}
