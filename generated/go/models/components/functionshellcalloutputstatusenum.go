// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type FunctionShellCallOutputStatusEnum string

const (
	FunctionShellCallOutputStatusEnumInProgress FunctionShellCallOutputStatusEnum = "in_progress"
	FunctionShellCallOutputStatusEnumCompleted  FunctionShellCallOutputStatusEnum = "completed"
	FunctionShellCallOutputStatusEnumIncomplete FunctionShellCallOutputStatusEnum = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallOutputStatusEnum) ToPointer() *FunctionShellCallOutputStatusEnum {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionShellCallOutputStatusEnum) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputStatusEnum", e.decode(data, "$"))
}

func (e *FunctionShellCallOutputStatusEnum) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionShellCallOutputStatusEnum", FunctionShellCallOutputStatusEnumInProgress, FunctionShellCallOutputStatusEnumCompleted, FunctionShellCallOutputStatusEnumIncomplete)
}
