// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ContainerReferenceResource struct {
	Type        ContainerReferenceResourceType `json:"type"`
	ContainerID string                         `json:"container_id"`
	// AdditionalProperties holds the fields of the JSON object that ContainerReferenceResource does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ContainerReferenceResource) GetType() ContainerReferenceResourceType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ContainerReferenceResource) GetContainerID() string {
	if o == nil {
		return ""
	}
	return o.ContainerID
}

func (o *ContainerReferenceResource) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ContainerReferenceResource) UnmarshalJSON(data []byte) error {
	return rooted("ContainerReferenceResource", o.decode(data, "$"))
}

func (o *ContainerReferenceResource) decode(data []byte, path string) error {
	var out ContainerReferenceResource
	r := readObject(data, path, "ContainerReferenceResource")
	readRequired(r, "type", &out.Type, (*ContainerReferenceResourceType).decode)
	readRequired(r, "container_id", &out.ContainerID, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ContainerReferenceResource) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("container_id", o.ContainerID)
	return w.finish(o.AdditionalProperties)
}

type ContainerReferenceResourceType string

const (
	ContainerReferenceResourceTypeContainerReference ContainerReferenceResourceType = "container_reference"
)

// ToPointer returns a pointer to a copy of e.
func (e ContainerReferenceResourceType) ToPointer() *ContainerReferenceResourceType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ContainerReferenceResourceType) UnmarshalJSON(data []byte) error {
	return rooted("ContainerReferenceResourceType", e.decode(data, "$"))
}

func (e *ContainerReferenceResourceType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ContainerReferenceResourceType", ContainerReferenceResourceTypeContainerReference)
}
