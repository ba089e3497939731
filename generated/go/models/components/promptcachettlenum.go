// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type PromptCacheTTLEnum string

const (
	PromptCacheTTLEnumThirtym PromptCacheTTLEnum = "30m"
)

// ToPointer returns a pointer to a copy of e.
func (e PromptCacheTTLEnum) ToPointer() *PromptCacheTTLEnum {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *PromptCacheTTLEnum) UnmarshalJSON(data []byte) error {
	return rooted("PromptCacheTTLEnum", e.decode(data, "$"))
}

func (e *PromptCacheTTLEnum) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "PromptCacheTTLEnum", PromptCacheTTLEnumThirtym)
}
