// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ContainerMemoryLimit string

const (
	ContainerMemoryLimitOneg       ContainerMemoryLimit = "1g"
	ContainerMemoryLimitFourg      ContainerMemoryLimit = "4g"
	ContainerMemoryLimitSixteeng   ContainerMemoryLimit = "16g"
	ContainerMemoryLimitSixtyFourg ContainerMemoryLimit = "64g"
)

// ToPointer returns a pointer to a copy of e.
func (e ContainerMemoryLimit) ToPointer() *ContainerMemoryLimit {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ContainerMemoryLimit) UnmarshalJSON(data []byte) error {
	return rooted("ContainerMemoryLimit", e.decode(data, "$"))
}

func (e *ContainerMemoryLimit) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ContainerMemoryLimit", ContainerMemoryLimitOneg, ContainerMemoryLimitFourg, ContainerMemoryLimitSixteeng, ContainerMemoryLimitSixtyFourg)
}
