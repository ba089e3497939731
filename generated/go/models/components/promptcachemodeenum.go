// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type PromptCacheModeEnum string

const (
	PromptCacheModeEnumImplicit PromptCacheModeEnum = "implicit"
	PromptCacheModeEnumExplicit PromptCacheModeEnum = "explicit"
)

// ToPointer returns a pointer to a copy of e.
func (e PromptCacheModeEnum) ToPointer() *PromptCacheModeEnum {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *PromptCacheModeEnum) UnmarshalJSON(data []byte) error {
	return rooted("PromptCacheModeEnum", e.decode(data, "$"))
}

func (e *PromptCacheModeEnum) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "PromptCacheModeEnum", PromptCacheModeEnumImplicit, PromptCacheModeEnumExplicit)
}
