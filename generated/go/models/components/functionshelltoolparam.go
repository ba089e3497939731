// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellToolParam struct {
	Type           FunctionShellToolParamType                          `json:"type"`
	Environment    OptionalNullable[FunctionShellToolParamEnvironment] `json:"environment,omitempty"`
	AllowedCallers OptionalNullable[[]CallableToolAllowedCaller]       `json:"allowed_callers,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FunctionShellToolParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionShellToolParam) GetType() FunctionShellToolParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionShellToolParam) GetEnvironment() OptionalNullable[FunctionShellToolParamEnvironment] {
	if o == nil {
		return OptionalNullable[FunctionShellToolParamEnvironment]{}
	}
	return o.Environment
}

func (o *FunctionShellToolParam) GetAllowedCallers() OptionalNullable[[]CallableToolAllowedCaller] {
	if o == nil {
		return OptionalNullable[[]CallableToolAllowedCaller]{}
	}
	return o.AllowedCallers
}

func (o *FunctionShellToolParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionShellToolParam) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellToolParam", o.decode(data, "$"))
}

func (o *FunctionShellToolParam) decode(data []byte, path string) error {
	var out FunctionShellToolParam
	r := readObject(data, path, "FunctionShellToolParam")
	readRequired(r, "type", &out.Type, (*FunctionShellToolParamType).decode)
	readOptionalNullable(r, "environment", &out.Environment, (*FunctionShellToolParamEnvironment).decode)
	readOptionalNullable(r, "allowed_callers", &out.AllowedCallers, counted(decodeArray((*CallableToolAllowedCaller).decode), limits{hasMin: true, min: 1}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionShellToolParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.Environment.IsSet(), "environment", o.Environment)
	w.valueIf(o.AllowedCallers.IsSet(), "allowed_callers", o.AllowedCallers)
	return w.finish(o.AdditionalProperties)
}

type FunctionShellToolParamType string

const (
	FunctionShellToolParamTypeShell FunctionShellToolParamType = "shell"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellToolParamType) ToPointer() *FunctionShellToolParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionShellToolParamType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellToolParamType", e.decode(data, "$"))
}

func (e *FunctionShellToolParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionShellToolParamType", FunctionShellToolParamTypeShell)
}

type FunctionShellToolParamEnvironment struct {
	ContainerAutoParam      *ContainerAutoParam
	LocalEnvironmentParam   *LocalEnvironmentParam
	ContainerReferenceParam *ContainerReferenceParam
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type FunctionShellToolParamEnvironmentType
}

// FunctionShellToolParamEnvironmentType - the `type` values of the FunctionShellToolParamEnvironment members; a value not
// listed here is that of an unknown member.
type FunctionShellToolParamEnvironmentType string

const (
	FunctionShellToolParamEnvironmentTypeContainerAuto      FunctionShellToolParamEnvironmentType = "container_auto"
	FunctionShellToolParamEnvironmentTypeLocal              FunctionShellToolParamEnvironmentType = "local"
	FunctionShellToolParamEnvironmentTypeContainerReference FunctionShellToolParamEnvironmentType = "container_reference"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellToolParamEnvironmentType) ToPointer() *FunctionShellToolParamEnvironmentType {
	return &e
}

// CreateFunctionShellToolParamEnvironmentContainerAuto wraps v in the union, setting its `type`.
func CreateFunctionShellToolParamEnvironmentContainerAuto(v ContainerAutoParam) FunctionShellToolParamEnvironment {
	typ := FunctionShellToolParamEnvironmentTypeContainerAuto
	v.Type = ContainerAutoParamType(typ)
	return FunctionShellToolParamEnvironment{ContainerAutoParam: &v, Type: typ}
}

// CreateFunctionShellToolParamEnvironmentLocal wraps v in the union, setting its `type`.
func CreateFunctionShellToolParamEnvironmentLocal(v LocalEnvironmentParam) FunctionShellToolParamEnvironment {
	typ := FunctionShellToolParamEnvironmentTypeLocal
	v.Type = LocalEnvironmentParamType(typ)
	return FunctionShellToolParamEnvironment{LocalEnvironmentParam: &v, Type: typ}
}

// CreateFunctionShellToolParamEnvironmentContainerReference wraps v in the union, setting its `type`.
func CreateFunctionShellToolParamEnvironmentContainerReference(v ContainerReferenceParam) FunctionShellToolParamEnvironment {
	typ := FunctionShellToolParamEnvironmentTypeContainerReference
	v.Type = ContainerReferenceParamType(typ)
	return FunctionShellToolParamEnvironment{ContainerReferenceParam: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u FunctionShellToolParamEnvironment) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *FunctionShellToolParamEnvironment) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellToolParamEnvironment", u.decode(data, "$"))
}

func (u *FunctionShellToolParamEnvironment) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "FunctionShellToolParamEnvironment", "type")
	if err != nil {
		return err
	}
	switch FunctionShellToolParamEnvironmentType(tag) {
	case FunctionShellToolParamEnvironmentTypeContainerAuto:
		var v ContainerAutoParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionShellToolParamEnvironmentContainerAuto(v)
	case FunctionShellToolParamEnvironmentTypeLocal:
		var v LocalEnvironmentParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionShellToolParamEnvironmentLocal(v)
	case FunctionShellToolParamEnvironmentTypeContainerReference:
		var v ContainerReferenceParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionShellToolParamEnvironmentContainerReference(v)
	default:
		*u = FunctionShellToolParamEnvironment{Unknown: append(json.RawMessage(nil), data...), Type: FunctionShellToolParamEnvironmentType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u FunctionShellToolParamEnvironment) MarshalJSON() ([]byte, error) {
	switch {
	case u.ContainerAutoParam != nil:
		return marshal(u.ContainerAutoParam)
	case u.LocalEnvironmentParam != nil:
		return marshal(u.LocalEnvironmentParam)
	case u.ContainerReferenceParam != nil:
		return marshal(u.ContainerReferenceParam)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("FunctionShellToolParamEnvironment")
}
