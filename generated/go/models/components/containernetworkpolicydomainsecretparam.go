// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ContainerNetworkPolicyDomainSecretParam struct {
	Domain string `json:"domain"`
	Name   string `json:"name"`
	Value  string `json:"value"`
	// AdditionalProperties holds the fields of the JSON object that ContainerNetworkPolicyDomainSecretParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ContainerNetworkPolicyDomainSecretParam) GetDomain() string {
	if o == nil {
		return ""
	}
	return o.Domain
}

func (o *ContainerNetworkPolicyDomainSecretParam) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *ContainerNetworkPolicyDomainSecretParam) GetValue() string {
	if o == nil {
		return ""
	}
	return o.Value
}

func (o *ContainerNetworkPolicyDomainSecretParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ContainerNetworkPolicyDomainSecretParam) UnmarshalJSON(data []byte) error {
	return rooted("ContainerNetworkPolicyDomainSecretParam", o.decode(data, "$"))
}

func (o *ContainerNetworkPolicyDomainSecretParam) decode(data []byte, path string) error {
	var out ContainerNetworkPolicyDomainSecretParam
	r := readObject(data, path, "ContainerNetworkPolicyDomainSecretParam")
	readRequired(r, "domain", &out.Domain, sized(decodeString, limits{hasMin: true, min: 1}))
	readRequired(r, "name", &out.Name, sized(decodeString, limits{hasMin: true, min: 1}))
	readRequired(r, "value", &out.Value, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 10485760}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ContainerNetworkPolicyDomainSecretParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("domain", o.Domain)
	w.value("name", o.Name)
	w.value("value", o.Value)
	return w.finish(o.AdditionalProperties)
}
