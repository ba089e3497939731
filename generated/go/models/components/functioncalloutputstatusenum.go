// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type FunctionCallOutputStatusEnum string

const (
	FunctionCallOutputStatusEnumInProgress FunctionCallOutputStatusEnum = "in_progress"
	FunctionCallOutputStatusEnumCompleted  FunctionCallOutputStatusEnum = "completed"
	FunctionCallOutputStatusEnumIncomplete FunctionCallOutputStatusEnum = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionCallOutputStatusEnum) ToPointer() *FunctionCallOutputStatusEnum {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionCallOutputStatusEnum) UnmarshalJSON(data []byte) error {
	return rooted("FunctionCallOutputStatusEnum", e.decode(data, "$"))
}

func (e *FunctionCallOutputStatusEnum) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionCallOutputStatusEnum", FunctionCallOutputStatusEnumInProgress, FunctionCallOutputStatusEnumCompleted, FunctionCallOutputStatusEnumIncomplete)
}
