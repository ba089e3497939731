// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellCall struct {
	Type        FunctionShellCallType            `json:"type"`
	ID          string                           `json:"id"`
	CallID      string                           `json:"call_id"`
	Caller      OptionalNullable[ToolCallCaller] `json:"caller,omitempty"`
	Action      FunctionShellAction              `json:"action"`
	Status      FunctionShellCallStatus          `json:"status"`
	Environment *FunctionShellCallEnvironment    `json:"environment"`
	CreatedBy   *string                          `json:"created_by,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FunctionShellCall does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionShellCall) GetType() FunctionShellCallType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionShellCall) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *FunctionShellCall) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *FunctionShellCall) GetCaller() OptionalNullable[ToolCallCaller] {
	if o == nil {
		return OptionalNullable[ToolCallCaller]{}
	}
	return o.Caller
}

func (o *FunctionShellCall) GetAction() FunctionShellAction {
	if o == nil {
		return FunctionShellAction{}
	}
	return o.Action
}

func (o *FunctionShellCall) GetStatus() FunctionShellCallStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *FunctionShellCall) GetEnvironment() *FunctionShellCallEnvironment {
	if o == nil {
		return nil
	}
	return o.Environment
}

func (o *FunctionShellCall) GetCreatedBy() *string {
	if o == nil {
		return nil
	}
	return o.CreatedBy
}

func (o *FunctionShellCall) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionShellCall) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCall", o.decode(data, "$"))
}

func (o *FunctionShellCall) decode(data []byte, path string) error {
	var out FunctionShellCall
	r := readObject(data, path, "FunctionShellCall")
	readRequired(r, "type", &out.Type, (*FunctionShellCallType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCaller).decode)
	readRequired(r, "action", &out.Action, (*FunctionShellAction).decode)
	readRequired(r, "status", &out.Status, (*FunctionShellCallStatus).decode)
	readRequired(r, "environment", &out.Environment, decodeNullable((*FunctionShellCallEnvironment).decode))
	readOptional(r, "created_by", &out.CreatedBy, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionShellCall) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.value("action", o.Action)
	w.value("status", o.Status)
	w.value("environment", o.Environment)
	w.valueIf(o.CreatedBy != nil, "created_by", o.CreatedBy)
	return w.finish(o.AdditionalProperties)
}

type FunctionShellCallType string

const (
	FunctionShellCallTypeShellCall FunctionShellCallType = "shell_call"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallType) ToPointer() *FunctionShellCallType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionShellCallType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallType", e.decode(data, "$"))
}

func (e *FunctionShellCallType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionShellCallType", FunctionShellCallTypeShellCall)
}

type FunctionShellCallEnvironment struct {
	LocalEnvironmentResource   *LocalEnvironmentResource
	ContainerReferenceResource *ContainerReferenceResource
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type FunctionShellCallEnvironmentType
}

// FunctionShellCallEnvironmentType - the `type` values of the FunctionShellCallEnvironment members; a value not
// listed here is that of an unknown member.
type FunctionShellCallEnvironmentType string

const (
	FunctionShellCallEnvironmentTypeLocal              FunctionShellCallEnvironmentType = "local"
	FunctionShellCallEnvironmentTypeContainerReference FunctionShellCallEnvironmentType = "container_reference"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallEnvironmentType) ToPointer() *FunctionShellCallEnvironmentType {
	return &e
}

// CreateFunctionShellCallEnvironmentLocal wraps v in the union, setting its `type`.
func CreateFunctionShellCallEnvironmentLocal(v LocalEnvironmentResource) FunctionShellCallEnvironment {
	typ := FunctionShellCallEnvironmentTypeLocal
	v.Type = LocalEnvironmentResourceType(typ)
	return FunctionShellCallEnvironment{LocalEnvironmentResource: &v, Type: typ}
}

// CreateFunctionShellCallEnvironmentContainerReference wraps v in the union, setting its `type`.
func CreateFunctionShellCallEnvironmentContainerReference(v ContainerReferenceResource) FunctionShellCallEnvironment {
	typ := FunctionShellCallEnvironmentTypeContainerReference
	v.Type = ContainerReferenceResourceType(typ)
	return FunctionShellCallEnvironment{ContainerReferenceResource: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u FunctionShellCallEnvironment) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *FunctionShellCallEnvironment) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallEnvironment", u.decode(data, "$"))
}

func (u *FunctionShellCallEnvironment) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "FunctionShellCallEnvironment", "type")
	if err != nil {
		return err
	}
	switch FunctionShellCallEnvironmentType(tag) {
	case FunctionShellCallEnvironmentTypeLocal:
		var v LocalEnvironmentResource
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionShellCallEnvironmentLocal(v)
	case FunctionShellCallEnvironmentTypeContainerReference:
		var v ContainerReferenceResource
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionShellCallEnvironmentContainerReference(v)
	default:
		*u = FunctionShellCallEnvironment{Unknown: append(json.RawMessage(nil), data...), Type: FunctionShellCallEnvironmentType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u FunctionShellCallEnvironment) MarshalJSON() ([]byte, error) {
	switch {
	case u.LocalEnvironmentResource != nil:
		return marshal(u.LocalEnvironmentResource)
	case u.ContainerReferenceResource != nil:
		return marshal(u.ContainerReferenceResource)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("FunctionShellCallEnvironment")
}
