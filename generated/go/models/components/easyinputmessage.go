// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type EasyInputMessage struct {
	Role    EasyInputMessageRole           `json:"role"`
	Content EasyInputMessageContent        `json:"content"`
	Phase   OptionalNullable[MessagePhase] `json:"phase,omitempty"`
	Type    *EasyInputMessageType          `json:"type,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that EasyInputMessage does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *EasyInputMessage) GetRole() EasyInputMessageRole {
	if o == nil {
		return ""
	}
	return o.Role
}

func (o *EasyInputMessage) GetContent() EasyInputMessageContent {
	if o == nil {
		return EasyInputMessageContent{}
	}
	return o.Content
}

func (o *EasyInputMessage) GetPhase() OptionalNullable[MessagePhase] {
	if o == nil {
		return OptionalNullable[MessagePhase]{}
	}
	return o.Phase
}

func (o *EasyInputMessage) GetType() *EasyInputMessageType {
	if o == nil {
		return nil
	}
	return o.Type
}

func (o *EasyInputMessage) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *EasyInputMessage) UnmarshalJSON(data []byte) error {
	return rooted("EasyInputMessage", o.decode(data, "$"))
}

func (o *EasyInputMessage) decode(data []byte, path string) error {
	var out EasyInputMessage
	r := readObject(data, path, "EasyInputMessage")
	readRequired(r, "role", &out.Role, (*EasyInputMessageRole).decode)
	readRequired(r, "content", &out.Content, (*EasyInputMessageContent).decode)
	readOptionalNullable(r, "phase", &out.Phase, (*MessagePhase).decode)
	readOptional(r, "type", &out.Type, (*EasyInputMessageType).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o EasyInputMessage) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("role", o.Role)
	w.value("content", o.Content)
	w.valueIf(o.Phase.IsSet(), "phase", o.Phase)
	w.valueIf(o.Type != nil, "type", o.Type)
	return w.finish(o.AdditionalProperties)
}

type EasyInputMessageRole string

const (
	EasyInputMessageRoleUser      EasyInputMessageRole = "user"
	EasyInputMessageRoleAssistant EasyInputMessageRole = "assistant"
	EasyInputMessageRoleSystem    EasyInputMessageRole = "system"
	EasyInputMessageRoleDeveloper EasyInputMessageRole = "developer"
)

// ToPointer returns a pointer to a copy of e.
func (e EasyInputMessageRole) ToPointer() *EasyInputMessageRole {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *EasyInputMessageRole) UnmarshalJSON(data []byte) error {
	return rooted("EasyInputMessageRole", e.decode(data, "$"))
}

func (e *EasyInputMessageRole) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "EasyInputMessageRole", EasyInputMessageRoleUser, EasyInputMessageRoleAssistant, EasyInputMessageRoleSystem, EasyInputMessageRoleDeveloper)
}

type EasyInputMessageContent struct {
	Str                     *string
	InputMessageContentList InputMessageContentList

	// Type names the alternative held.
	Type EasyInputMessageContentType
}

// EasyInputMessageContentType names the alternatives of EasyInputMessageContent.
type EasyInputMessageContentType string

const (
	EasyInputMessageContentTypeStr                     EasyInputMessageContentType = "str"
	EasyInputMessageContentTypeInputMessageContentList EasyInputMessageContentType = "InputMessageContentList"
)

// ToPointer returns a pointer to a copy of e.
func (e EasyInputMessageContentType) ToPointer() *EasyInputMessageContentType {
	return &e
}

// CreateEasyInputMessageContentStr wraps v in the union.
func CreateEasyInputMessageContentStr(v string) EasyInputMessageContent {
	return EasyInputMessageContent{Str: &v, Type: EasyInputMessageContentTypeStr}
}

// CreateEasyInputMessageContentInputMessageContentList wraps v in the union.
func CreateEasyInputMessageContentInputMessageContentList(v InputMessageContentList) EasyInputMessageContent {
	return EasyInputMessageContent{InputMessageContentList: v, Type: EasyInputMessageContentTypeInputMessageContentList}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *EasyInputMessageContent) UnmarshalJSON(data []byte) error {
	return rooted("EasyInputMessageContent", u.decode(data, "$"))
}

func (u *EasyInputMessageContent) decode(data []byte, path string) error {
	var v1 string
	if decodeString(&v1, data, path) == nil {
		*u = CreateEasyInputMessageContentStr(v1)
		return nil
	}
	var v2 InputMessageContentList
	if (*InputMessageContentList).decode(&v2, data, path) == nil {
		*u = CreateEasyInputMessageContentInputMessageContentList(v2)
		return nil
	}
	return &DecodeError{Type: "EasyInputMessageContent", Path: path, Expected: "one of: a string, InputMessageContentList", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u EasyInputMessageContent) MarshalJSON() ([]byte, error) {
	switch {
	case u.Str != nil:
		return marshal(u.Str)
	case u.InputMessageContentList != nil:
		return marshal(u.InputMessageContentList)
	}
	return nil, noMember("EasyInputMessageContent")
}

type EasyInputMessageType string

const (
	EasyInputMessageTypeMessage EasyInputMessageType = "message"
)

// ToPointer returns a pointer to a copy of e.
func (e EasyInputMessageType) ToPointer() *EasyInputMessageType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *EasyInputMessageType) UnmarshalJSON(data []byte) error {
	return rooted("EasyInputMessageType", e.decode(data, "$"))
}

func (e *EasyInputMessageType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "EasyInputMessageType", EasyInputMessageTypeMessage)
}
