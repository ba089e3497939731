// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ToolChoiceOptions string

const (
	ToolChoiceOptionsNone     ToolChoiceOptions = "none"
	ToolChoiceOptionsAuto     ToolChoiceOptions = "auto"
	ToolChoiceOptionsRequired ToolChoiceOptions = "required"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolChoiceOptions) ToPointer() *ToolChoiceOptions {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ToolChoiceOptions) UnmarshalJSON(data []byte) error {
	return rooted("ToolChoiceOptions", e.decode(data, "$"))
}

func (e *ToolChoiceOptions) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ToolChoiceOptions", ToolChoiceOptionsNone, ToolChoiceOptionsAuto, ToolChoiceOptionsRequired)
}
