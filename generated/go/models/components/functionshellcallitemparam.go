// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellCallItemParam struct {
	ID          OptionalNullable[string]                                `json:"id,omitempty"`
	CallID      string                                                  `json:"call_id"`
	Caller      OptionalNullable[ToolCallCallerParam]                   `json:"caller,omitempty"`
	Type        FunctionShellCallItemParamType                          `json:"type"`
	Action      FunctionShellActionParam                                `json:"action"`
	Status      OptionalNullable[FunctionShellCallItemStatus]           `json:"status,omitempty"`
	Environment OptionalNullable[FunctionShellCallItemParamEnvironment] `json:"environment,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FunctionShellCallItemParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionShellCallItemParam) GetID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ID
}

func (o *FunctionShellCallItemParam) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *FunctionShellCallItemParam) GetCaller() OptionalNullable[ToolCallCallerParam] {
	if o == nil {
		return OptionalNullable[ToolCallCallerParam]{}
	}
	return o.Caller
}

func (o *FunctionShellCallItemParam) GetType() FunctionShellCallItemParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionShellCallItemParam) GetAction() FunctionShellActionParam {
	if o == nil {
		return FunctionShellActionParam{}
	}
	return o.Action
}

func (o *FunctionShellCallItemParam) GetStatus() OptionalNullable[FunctionShellCallItemStatus] {
	if o == nil {
		return OptionalNullable[FunctionShellCallItemStatus]{}
	}
	return o.Status
}

func (o *FunctionShellCallItemParam) GetEnvironment() OptionalNullable[FunctionShellCallItemParamEnvironment] {
	if o == nil {
		return OptionalNullable[FunctionShellCallItemParamEnvironment]{}
	}
	return o.Environment
}

func (o *FunctionShellCallItemParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionShellCallItemParam) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallItemParam", o.decode(data, "$"))
}

func (o *FunctionShellCallItemParam) decode(data []byte, path string) error {
	var out FunctionShellCallItemParam
	r := readObject(data, path, "FunctionShellCallItemParam")
	readOptionalNullable(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 64}))
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCallerParam).decode)
	readRequired(r, "type", &out.Type, (*FunctionShellCallItemParamType).decode)
	readRequired(r, "action", &out.Action, (*FunctionShellActionParam).decode)
	readOptionalNullable(r, "status", &out.Status, (*FunctionShellCallItemStatus).decode)
	readOptionalNullable(r, "environment", &out.Environment, (*FunctionShellCallItemParamEnvironment).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionShellCallItemParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.ID.IsSet(), "id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.value("type", o.Type)
	w.value("action", o.Action)
	w.valueIf(o.Status.IsSet(), "status", o.Status)
	w.valueIf(o.Environment.IsSet(), "environment", o.Environment)
	return w.finish(o.AdditionalProperties)
}

type FunctionShellCallItemParamType string

const (
	FunctionShellCallItemParamTypeShellCall FunctionShellCallItemParamType = "shell_call"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallItemParamType) ToPointer() *FunctionShellCallItemParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionShellCallItemParamType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallItemParamType", e.decode(data, "$"))
}

func (e *FunctionShellCallItemParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionShellCallItemParamType", FunctionShellCallItemParamTypeShellCall)
}

type FunctionShellCallItemParamEnvironment struct {
	LocalEnvironmentParam   *LocalEnvironmentParam
	ContainerReferenceParam *ContainerReferenceParam
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type FunctionShellCallItemParamEnvironmentType
}

// FunctionShellCallItemParamEnvironmentType - the `type` values of the FunctionShellCallItemParamEnvironment members; a value not
// listed here is that of an unknown member.
type FunctionShellCallItemParamEnvironmentType string

const (
	FunctionShellCallItemParamEnvironmentTypeLocal              FunctionShellCallItemParamEnvironmentType = "local"
	FunctionShellCallItemParamEnvironmentTypeContainerReference FunctionShellCallItemParamEnvironmentType = "container_reference"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallItemParamEnvironmentType) ToPointer() *FunctionShellCallItemParamEnvironmentType {
	return &e
}

// CreateFunctionShellCallItemParamEnvironmentLocal wraps v in the union, setting its `type`.
func CreateFunctionShellCallItemParamEnvironmentLocal(v LocalEnvironmentParam) FunctionShellCallItemParamEnvironment {
	typ := FunctionShellCallItemParamEnvironmentTypeLocal
	v.Type = LocalEnvironmentParamType(typ)
	return FunctionShellCallItemParamEnvironment{LocalEnvironmentParam: &v, Type: typ}
}

// CreateFunctionShellCallItemParamEnvironmentContainerReference wraps v in the union, setting its `type`.
func CreateFunctionShellCallItemParamEnvironmentContainerReference(v ContainerReferenceParam) FunctionShellCallItemParamEnvironment {
	typ := FunctionShellCallItemParamEnvironmentTypeContainerReference
	v.Type = ContainerReferenceParamType(typ)
	return FunctionShellCallItemParamEnvironment{ContainerReferenceParam: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u FunctionShellCallItemParamEnvironment) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *FunctionShellCallItemParamEnvironment) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallItemParamEnvironment", u.decode(data, "$"))
}

func (u *FunctionShellCallItemParamEnvironment) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "FunctionShellCallItemParamEnvironment", "type")
	if err != nil {
		return err
	}
	switch FunctionShellCallItemParamEnvironmentType(tag) {
	case FunctionShellCallItemParamEnvironmentTypeLocal:
		var v LocalEnvironmentParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionShellCallItemParamEnvironmentLocal(v)
	case FunctionShellCallItemParamEnvironmentTypeContainerReference:
		var v ContainerReferenceParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionShellCallItemParamEnvironmentContainerReference(v)
	default:
		*u = FunctionShellCallItemParamEnvironment{Unknown: append(json.RawMessage(nil), data...), Type: FunctionShellCallItemParamEnvironmentType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u FunctionShellCallItemParamEnvironment) MarshalJSON() ([]byte, error) {
	switch {
	case u.LocalEnvironmentParam != nil:
		return marshal(u.LocalEnvironmentParam)
	case u.ContainerReferenceParam != nil:
		return marshal(u.ContainerReferenceParam)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("FunctionShellCallItemParamEnvironment")
}
