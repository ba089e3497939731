// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type AutoCodeInterpreterToolParam struct {
	Type          AutoCodeInterpreterToolParamType           `json:"type"`
	FileIds       []string                                   `json:"file_ids,omitempty"`
	MemoryLimit   OptionalNullable[ContainerMemoryLimit]     `json:"memory_limit,omitempty"`
	NetworkPolicy *AutoCodeInterpreterToolParamNetworkPolicy `json:"network_policy,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that AutoCodeInterpreterToolParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *AutoCodeInterpreterToolParam) GetType() AutoCodeInterpreterToolParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *AutoCodeInterpreterToolParam) GetFileIds() []string {
	if o == nil {
		return nil
	}
	return o.FileIds
}

func (o *AutoCodeInterpreterToolParam) GetMemoryLimit() OptionalNullable[ContainerMemoryLimit] {
	if o == nil {
		return OptionalNullable[ContainerMemoryLimit]{}
	}
	return o.MemoryLimit
}

func (o *AutoCodeInterpreterToolParam) GetNetworkPolicy() *AutoCodeInterpreterToolParamNetworkPolicy {
	if o == nil {
		return nil
	}
	return o.NetworkPolicy
}

func (o *AutoCodeInterpreterToolParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *AutoCodeInterpreterToolParam) UnmarshalJSON(data []byte) error {
	return rooted("AutoCodeInterpreterToolParam", o.decode(data, "$"))
}

func (o *AutoCodeInterpreterToolParam) decode(data []byte, path string) error {
	var out AutoCodeInterpreterToolParam
	r := readObject(data, path, "AutoCodeInterpreterToolParam")
	readRequired(r, "type", &out.Type, (*AutoCodeInterpreterToolParamType).decode)
	readPresent(r, "file_ids", &out.FileIds, counted(decodeArray(decodeString), limits{hasMax: true, max: 50}))
	readOptionalNullable(r, "memory_limit", &out.MemoryLimit, (*ContainerMemoryLimit).decode)
	readOptional(r, "network_policy", &out.NetworkPolicy, (*AutoCodeInterpreterToolParamNetworkPolicy).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o AutoCodeInterpreterToolParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.FileIds != nil, "file_ids", o.FileIds)
	w.valueIf(o.MemoryLimit.IsSet(), "memory_limit", o.MemoryLimit)
	w.valueIf(o.NetworkPolicy != nil, "network_policy", o.NetworkPolicy)
	return w.finish(o.AdditionalProperties)
}

type AutoCodeInterpreterToolParamType string

const (
	AutoCodeInterpreterToolParamTypeAuto AutoCodeInterpreterToolParamType = "auto"
)

// ToPointer returns a pointer to a copy of e.
func (e AutoCodeInterpreterToolParamType) ToPointer() *AutoCodeInterpreterToolParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *AutoCodeInterpreterToolParamType) UnmarshalJSON(data []byte) error {
	return rooted("AutoCodeInterpreterToolParamType", e.decode(data, "$"))
}

func (e *AutoCodeInterpreterToolParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "AutoCodeInterpreterToolParamType", AutoCodeInterpreterToolParamTypeAuto)
}

type AutoCodeInterpreterToolParamNetworkPolicy struct {
	ContainerNetworkPolicyDisabledParam  *ContainerNetworkPolicyDisabledParam
	ContainerNetworkPolicyAllowlistParam *ContainerNetworkPolicyAllowlistParam
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type AutoCodeInterpreterToolParamNetworkPolicyType
}

// AutoCodeInterpreterToolParamNetworkPolicyType - the `type` values of the AutoCodeInterpreterToolParamNetworkPolicy members; a value not
// listed here is that of an unknown member.
type AutoCodeInterpreterToolParamNetworkPolicyType string

const (
	AutoCodeInterpreterToolParamNetworkPolicyTypeDisabled  AutoCodeInterpreterToolParamNetworkPolicyType = "disabled"
	AutoCodeInterpreterToolParamNetworkPolicyTypeAllowlist AutoCodeInterpreterToolParamNetworkPolicyType = "allowlist"
)

// ToPointer returns a pointer to a copy of e.
func (e AutoCodeInterpreterToolParamNetworkPolicyType) ToPointer() *AutoCodeInterpreterToolParamNetworkPolicyType {
	return &e
}

// CreateAutoCodeInterpreterToolParamNetworkPolicyDisabled wraps v in the union, setting its `type`.
func CreateAutoCodeInterpreterToolParamNetworkPolicyDisabled(v ContainerNetworkPolicyDisabledParam) AutoCodeInterpreterToolParamNetworkPolicy {
	typ := AutoCodeInterpreterToolParamNetworkPolicyTypeDisabled
	v.Type = ContainerNetworkPolicyDisabledParamType(typ)
	return AutoCodeInterpreterToolParamNetworkPolicy{ContainerNetworkPolicyDisabledParam: &v, Type: typ}
}

// CreateAutoCodeInterpreterToolParamNetworkPolicyAllowlist wraps v in the union, setting its `type`.
func CreateAutoCodeInterpreterToolParamNetworkPolicyAllowlist(v ContainerNetworkPolicyAllowlistParam) AutoCodeInterpreterToolParamNetworkPolicy {
	typ := AutoCodeInterpreterToolParamNetworkPolicyTypeAllowlist
	v.Type = ContainerNetworkPolicyAllowlistParamType(typ)
	return AutoCodeInterpreterToolParamNetworkPolicy{ContainerNetworkPolicyAllowlistParam: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u AutoCodeInterpreterToolParamNetworkPolicy) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *AutoCodeInterpreterToolParamNetworkPolicy) UnmarshalJSON(data []byte) error {
	return rooted("AutoCodeInterpreterToolParamNetworkPolicy", u.decode(data, "$"))
}

func (u *AutoCodeInterpreterToolParamNetworkPolicy) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "AutoCodeInterpreterToolParamNetworkPolicy", "type")
	if err != nil {
		return err
	}
	switch AutoCodeInterpreterToolParamNetworkPolicyType(tag) {
	case AutoCodeInterpreterToolParamNetworkPolicyTypeDisabled:
		var v ContainerNetworkPolicyDisabledParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateAutoCodeInterpreterToolParamNetworkPolicyDisabled(v)
	case AutoCodeInterpreterToolParamNetworkPolicyTypeAllowlist:
		var v ContainerNetworkPolicyAllowlistParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateAutoCodeInterpreterToolParamNetworkPolicyAllowlist(v)
	default:
		*u = AutoCodeInterpreterToolParamNetworkPolicy{Unknown: append(json.RawMessage(nil), data...), Type: AutoCodeInterpreterToolParamNetworkPolicyType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u AutoCodeInterpreterToolParamNetworkPolicy) MarshalJSON() ([]byte, error) {
	switch {
	case u.ContainerNetworkPolicyDisabledParam != nil:
		return marshal(u.ContainerNetworkPolicyDisabledParam)
	case u.ContainerNetworkPolicyAllowlistParam != nil:
		return marshal(u.ContainerNetworkPolicyAllowlistParam)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("AutoCodeInterpreterToolParamNetworkPolicy")
}
