// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ContainerNetworkPolicyDisabledParam struct {
	Type ContainerNetworkPolicyDisabledParamType `json:"type"`
	// AdditionalProperties holds the fields of the JSON object that ContainerNetworkPolicyDisabledParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ContainerNetworkPolicyDisabledParam) GetType() ContainerNetworkPolicyDisabledParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ContainerNetworkPolicyDisabledParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ContainerNetworkPolicyDisabledParam) UnmarshalJSON(data []byte) error {
	return rooted("ContainerNetworkPolicyDisabledParam", o.decode(data, "$"))
}

func (o *ContainerNetworkPolicyDisabledParam) decode(data []byte, path string) error {
	var out ContainerNetworkPolicyDisabledParam
	r := readObject(data, path, "ContainerNetworkPolicyDisabledParam")
	readRequired(r, "type", &out.Type, (*ContainerNetworkPolicyDisabledParamType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ContainerNetworkPolicyDisabledParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type ContainerNetworkPolicyDisabledParamType string

const (
	ContainerNetworkPolicyDisabledParamTypeDisabled ContainerNetworkPolicyDisabledParamType = "disabled"
)

// ToPointer returns a pointer to a copy of e.
func (e ContainerNetworkPolicyDisabledParamType) ToPointer() *ContainerNetworkPolicyDisabledParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ContainerNetworkPolicyDisabledParamType) UnmarshalJSON(data []byte) error {
	return rooted("ContainerNetworkPolicyDisabledParamType", e.decode(data, "$"))
}

func (e *ContainerNetworkPolicyDisabledParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ContainerNetworkPolicyDisabledParamType", ContainerNetworkPolicyDisabledParamTypeDisabled)
}
