// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ContainerNetworkPolicyAllowlistParam struct {
	Type           ContainerNetworkPolicyAllowlistParamType  `json:"type"`
	AllowedDomains []string                                  `json:"allowed_domains"`
	DomainSecrets  []ContainerNetworkPolicyDomainSecretParam `json:"domain_secrets,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ContainerNetworkPolicyAllowlistParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ContainerNetworkPolicyAllowlistParam) GetType() ContainerNetworkPolicyAllowlistParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ContainerNetworkPolicyAllowlistParam) GetAllowedDomains() []string {
	if o == nil {
		return nil
	}
	return o.AllowedDomains
}

func (o *ContainerNetworkPolicyAllowlistParam) GetDomainSecrets() []ContainerNetworkPolicyDomainSecretParam {
	if o == nil {
		return nil
	}
	return o.DomainSecrets
}

func (o *ContainerNetworkPolicyAllowlistParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ContainerNetworkPolicyAllowlistParam) UnmarshalJSON(data []byte) error {
	return rooted("ContainerNetworkPolicyAllowlistParam", o.decode(data, "$"))
}

func (o *ContainerNetworkPolicyAllowlistParam) decode(data []byte, path string) error {
	var out ContainerNetworkPolicyAllowlistParam
	r := readObject(data, path, "ContainerNetworkPolicyAllowlistParam")
	readRequired(r, "type", &out.Type, (*ContainerNetworkPolicyAllowlistParamType).decode)
	readRequired(r, "allowed_domains", &out.AllowedDomains, counted(decodeArray(decodeString), limits{hasMin: true, min: 1}))
	readPresent(r, "domain_secrets", &out.DomainSecrets, counted(decodeArray((*ContainerNetworkPolicyDomainSecretParam).decode), limits{hasMin: true, min: 1}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ContainerNetworkPolicyAllowlistParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("allowed_domains", o.AllowedDomains)
	w.valueIf(o.DomainSecrets != nil, "domain_secrets", o.DomainSecrets)
	return w.finish(o.AdditionalProperties)
}

type ContainerNetworkPolicyAllowlistParamType string

const (
	ContainerNetworkPolicyAllowlistParamTypeAllowlist ContainerNetworkPolicyAllowlistParamType = "allowlist"
)

// ToPointer returns a pointer to a copy of e.
func (e ContainerNetworkPolicyAllowlistParamType) ToPointer() *ContainerNetworkPolicyAllowlistParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ContainerNetworkPolicyAllowlistParamType) UnmarshalJSON(data []byte) error {
	return rooted("ContainerNetworkPolicyAllowlistParamType", e.decode(data, "$"))
}

func (e *ContainerNetworkPolicyAllowlistParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ContainerNetworkPolicyAllowlistParamType", ContainerNetworkPolicyAllowlistParamTypeAllowlist)
}
