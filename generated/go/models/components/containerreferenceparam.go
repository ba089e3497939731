// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ContainerReferenceParam struct {
	Type        ContainerReferenceParamType `json:"type"`
	ContainerID string                      `json:"container_id"`
	// AdditionalProperties holds the fields of the JSON object that ContainerReferenceParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ContainerReferenceParam) GetType() ContainerReferenceParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ContainerReferenceParam) GetContainerID() string {
	if o == nil {
		return ""
	}
	return o.ContainerID
}

func (o *ContainerReferenceParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ContainerReferenceParam) UnmarshalJSON(data []byte) error {
	return rooted("ContainerReferenceParam", o.decode(data, "$"))
}

func (o *ContainerReferenceParam) decode(data []byte, path string) error {
	var out ContainerReferenceParam
	r := readObject(data, path, "ContainerReferenceParam")
	readRequired(r, "type", &out.Type, (*ContainerReferenceParamType).decode)
	readRequired(r, "container_id", &out.ContainerID, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ContainerReferenceParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("container_id", o.ContainerID)
	return w.finish(o.AdditionalProperties)
}

type ContainerReferenceParamType string

const (
	ContainerReferenceParamTypeContainerReference ContainerReferenceParamType = "container_reference"
)

// ToPointer returns a pointer to a copy of e.
func (e ContainerReferenceParamType) ToPointer() *ContainerReferenceParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ContainerReferenceParamType) UnmarshalJSON(data []byte) error {
	return rooted("ContainerReferenceParamType", e.decode(data, "$"))
}

func (e *ContainerReferenceParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ContainerReferenceParamType", ContainerReferenceParamTypeContainerReference)
}
