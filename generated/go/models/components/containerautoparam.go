// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ContainerAutoParam struct {
	Type          ContainerAutoParamType                 `json:"type"`
	FileIds       []string                               `json:"file_ids,omitempty"`
	MemoryLimit   OptionalNullable[ContainerMemoryLimit] `json:"memory_limit,omitempty"`
	NetworkPolicy *ContainerAutoParamNetworkPolicy       `json:"network_policy,omitempty"`
	Skills        []ContainerAutoParamSkills             `json:"skills,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ContainerAutoParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ContainerAutoParam) GetType() ContainerAutoParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ContainerAutoParam) GetFileIds() []string {
	if o == nil {
		return nil
	}
	return o.FileIds
}

func (o *ContainerAutoParam) GetMemoryLimit() OptionalNullable[ContainerMemoryLimit] {
	if o == nil {
		return OptionalNullable[ContainerMemoryLimit]{}
	}
	return o.MemoryLimit
}

func (o *ContainerAutoParam) GetNetworkPolicy() *ContainerAutoParamNetworkPolicy {
	if o == nil {
		return nil
	}
	return o.NetworkPolicy
}

func (o *ContainerAutoParam) GetSkills() []ContainerAutoParamSkills {
	if o == nil {
		return nil
	}
	return o.Skills
}

func (o *ContainerAutoParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ContainerAutoParam) UnmarshalJSON(data []byte) error {
	return rooted("ContainerAutoParam", o.decode(data, "$"))
}

func (o *ContainerAutoParam) decode(data []byte, path string) error {
	var out ContainerAutoParam
	r := readObject(data, path, "ContainerAutoParam")
	readRequired(r, "type", &out.Type, (*ContainerAutoParamType).decode)
	readPresent(r, "file_ids", &out.FileIds, counted(decodeArray(decodeString), limits{hasMax: true, max: 50}))
	readOptionalNullable(r, "memory_limit", &out.MemoryLimit, (*ContainerMemoryLimit).decode)
	readOptional(r, "network_policy", &out.NetworkPolicy, (*ContainerAutoParamNetworkPolicy).decode)
	readPresent(r, "skills", &out.Skills, counted(decodeArray((*ContainerAutoParamSkills).decode), limits{hasMax: true, max: 200}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ContainerAutoParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.FileIds != nil, "file_ids", o.FileIds)
	w.valueIf(o.MemoryLimit.IsSet(), "memory_limit", o.MemoryLimit)
	w.valueIf(o.NetworkPolicy != nil, "network_policy", o.NetworkPolicy)
	w.valueIf(o.Skills != nil, "skills", o.Skills)
	return w.finish(o.AdditionalProperties)
}

type ContainerAutoParamType string

const (
	ContainerAutoParamTypeContainerAuto ContainerAutoParamType = "container_auto"
)

// ToPointer returns a pointer to a copy of e.
func (e ContainerAutoParamType) ToPointer() *ContainerAutoParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ContainerAutoParamType) UnmarshalJSON(data []byte) error {
	return rooted("ContainerAutoParamType", e.decode(data, "$"))
}

func (e *ContainerAutoParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ContainerAutoParamType", ContainerAutoParamTypeContainerAuto)
}

type ContainerAutoParamNetworkPolicy struct {
	ContainerNetworkPolicyDisabledParam  *ContainerNetworkPolicyDisabledParam
	ContainerNetworkPolicyAllowlistParam *ContainerNetworkPolicyAllowlistParam
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type ContainerAutoParamNetworkPolicyType
}

// ContainerAutoParamNetworkPolicyType - the `type` values of the ContainerAutoParamNetworkPolicy members; a value not
// listed here is that of an unknown member.
type ContainerAutoParamNetworkPolicyType string

const (
	ContainerAutoParamNetworkPolicyTypeDisabled  ContainerAutoParamNetworkPolicyType = "disabled"
	ContainerAutoParamNetworkPolicyTypeAllowlist ContainerAutoParamNetworkPolicyType = "allowlist"
)

// ToPointer returns a pointer to a copy of e.
func (e ContainerAutoParamNetworkPolicyType) ToPointer() *ContainerAutoParamNetworkPolicyType {
	return &e
}

// CreateContainerAutoParamNetworkPolicyDisabled wraps v in the union, setting its `type`.
func CreateContainerAutoParamNetworkPolicyDisabled(v ContainerNetworkPolicyDisabledParam) ContainerAutoParamNetworkPolicy {
	typ := ContainerAutoParamNetworkPolicyTypeDisabled
	v.Type = ContainerNetworkPolicyDisabledParamType(typ)
	return ContainerAutoParamNetworkPolicy{ContainerNetworkPolicyDisabledParam: &v, Type: typ}
}

// CreateContainerAutoParamNetworkPolicyAllowlist wraps v in the union, setting its `type`.
func CreateContainerAutoParamNetworkPolicyAllowlist(v ContainerNetworkPolicyAllowlistParam) ContainerAutoParamNetworkPolicy {
	typ := ContainerAutoParamNetworkPolicyTypeAllowlist
	v.Type = ContainerNetworkPolicyAllowlistParamType(typ)
	return ContainerAutoParamNetworkPolicy{ContainerNetworkPolicyAllowlistParam: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u ContainerAutoParamNetworkPolicy) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *ContainerAutoParamNetworkPolicy) UnmarshalJSON(data []byte) error {
	return rooted("ContainerAutoParamNetworkPolicy", u.decode(data, "$"))
}

func (u *ContainerAutoParamNetworkPolicy) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "ContainerAutoParamNetworkPolicy", "type")
	if err != nil {
		return err
	}
	switch ContainerAutoParamNetworkPolicyType(tag) {
	case ContainerAutoParamNetworkPolicyTypeDisabled:
		var v ContainerNetworkPolicyDisabledParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateContainerAutoParamNetworkPolicyDisabled(v)
	case ContainerAutoParamNetworkPolicyTypeAllowlist:
		var v ContainerNetworkPolicyAllowlistParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateContainerAutoParamNetworkPolicyAllowlist(v)
	default:
		*u = ContainerAutoParamNetworkPolicy{Unknown: append(json.RawMessage(nil), data...), Type: ContainerAutoParamNetworkPolicyType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u ContainerAutoParamNetworkPolicy) MarshalJSON() ([]byte, error) {
	switch {
	case u.ContainerNetworkPolicyDisabledParam != nil:
		return marshal(u.ContainerNetworkPolicyDisabledParam)
	case u.ContainerNetworkPolicyAllowlistParam != nil:
		return marshal(u.ContainerNetworkPolicyAllowlistParam)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("ContainerAutoParamNetworkPolicy")
}

type ContainerAutoParamSkills struct {
	SkillReferenceParam *SkillReferenceParam
	InlineSkillParam    *InlineSkillParam
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type ContainerAutoParamSkillsType
}

// ContainerAutoParamSkillsType - the `type` values of the ContainerAutoParamSkills members; a value not
// listed here is that of an unknown member.
type ContainerAutoParamSkillsType string

const (
	ContainerAutoParamSkillsTypeSkillReference ContainerAutoParamSkillsType = "skill_reference"
	ContainerAutoParamSkillsTypeInline         ContainerAutoParamSkillsType = "inline"
)

// ToPointer returns a pointer to a copy of e.
func (e ContainerAutoParamSkillsType) ToPointer() *ContainerAutoParamSkillsType {
	return &e
}

// CreateContainerAutoParamSkillsSkillReference wraps v in the union, setting its `type`.
func CreateContainerAutoParamSkillsSkillReference(v SkillReferenceParam) ContainerAutoParamSkills {
	typ := ContainerAutoParamSkillsTypeSkillReference
	v.Type = SkillReferenceParamType(typ)
	return ContainerAutoParamSkills{SkillReferenceParam: &v, Type: typ}
}

// CreateContainerAutoParamSkillsInline wraps v in the union, setting its `type`.
func CreateContainerAutoParamSkillsInline(v InlineSkillParam) ContainerAutoParamSkills {
	typ := ContainerAutoParamSkillsTypeInline
	v.Type = InlineSkillParamType(typ)
	return ContainerAutoParamSkills{InlineSkillParam: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u ContainerAutoParamSkills) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *ContainerAutoParamSkills) UnmarshalJSON(data []byte) error {
	return rooted("ContainerAutoParamSkills", u.decode(data, "$"))
}

func (u *ContainerAutoParamSkills) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "ContainerAutoParamSkills", "type")
	if err != nil {
		return err
	}
	switch ContainerAutoParamSkillsType(tag) {
	case ContainerAutoParamSkillsTypeSkillReference:
		var v SkillReferenceParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateContainerAutoParamSkillsSkillReference(v)
	case ContainerAutoParamSkillsTypeInline:
		var v InlineSkillParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateContainerAutoParamSkillsInline(v)
	default:
		*u = ContainerAutoParamSkills{Unknown: append(json.RawMessage(nil), data...), Type: ContainerAutoParamSkillsType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u ContainerAutoParamSkills) MarshalJSON() ([]byte, error) {
	switch {
	case u.SkillReferenceParam != nil:
		return marshal(u.SkillReferenceParam)
	case u.InlineSkillParam != nil:
		return marshal(u.InlineSkillParam)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("ContainerAutoParamSkills")
}
