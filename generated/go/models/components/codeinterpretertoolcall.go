// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CodeInterpreterToolCall struct {
	Type        CodeInterpreterToolCallType       `json:"type"`
	ID          string                            `json:"id"`
	Status      CodeInterpreterToolCallStatus     `json:"status"`
	ContainerID string                            `json:"container_id"`
	Code        *string                           `json:"code"`
	Outputs     *[]CodeInterpreterToolCallOutputs `json:"outputs"`
	// AdditionalProperties holds the fields of the JSON object that CodeInterpreterToolCall does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CodeInterpreterToolCall) GetType() CodeInterpreterToolCallType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CodeInterpreterToolCall) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *CodeInterpreterToolCall) GetStatus() CodeInterpreterToolCallStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *CodeInterpreterToolCall) GetContainerID() string {
	if o == nil {
		return ""
	}
	return o.ContainerID
}

func (o *CodeInterpreterToolCall) GetCode() *string {
	if o == nil {
		return nil
	}
	return o.Code
}

func (o *CodeInterpreterToolCall) GetOutputs() *[]CodeInterpreterToolCallOutputs {
	if o == nil {
		return nil
	}
	return o.Outputs
}

func (o *CodeInterpreterToolCall) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CodeInterpreterToolCall) UnmarshalJSON(data []byte) error {
	return rooted("CodeInterpreterToolCall", o.decode(data, "$"))
}

func (o *CodeInterpreterToolCall) decode(data []byte, path string) error {
	var out CodeInterpreterToolCall
	r := readObject(data, path, "CodeInterpreterToolCall")
	readRequired(r, "type", &out.Type, (*CodeInterpreterToolCallType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "status", &out.Status, (*CodeInterpreterToolCallStatus).decode)
	readRequired(r, "container_id", &out.ContainerID, decodeString)
	readRequired(r, "code", &out.Code, decodeNullable(decodeString))
	readRequired(r, "outputs", &out.Outputs, decodeNullable(decodeArray((*CodeInterpreterToolCallOutputs).decode)))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CodeInterpreterToolCall) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("status", o.Status)
	w.value("container_id", o.ContainerID)
	w.value("code", o.Code)
	w.value("outputs", o.Outputs)
	return w.finish(o.AdditionalProperties)
}

type CodeInterpreterToolCallType string

const (
	CodeInterpreterToolCallTypeCodeInterpreterCall CodeInterpreterToolCallType = "code_interpreter_call"
)

// ToPointer returns a pointer to a copy of e.
func (e CodeInterpreterToolCallType) ToPointer() *CodeInterpreterToolCallType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CodeInterpreterToolCallType) UnmarshalJSON(data []byte) error {
	return rooted("CodeInterpreterToolCallType", e.decode(data, "$"))
}

func (e *CodeInterpreterToolCallType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CodeInterpreterToolCallType", CodeInterpreterToolCallTypeCodeInterpreterCall)
}

type CodeInterpreterToolCallStatus string

const (
	CodeInterpreterToolCallStatusInProgress   CodeInterpreterToolCallStatus = "in_progress"
	CodeInterpreterToolCallStatusCompleted    CodeInterpreterToolCallStatus = "completed"
	CodeInterpreterToolCallStatusIncomplete   CodeInterpreterToolCallStatus = "incomplete"
	CodeInterpreterToolCallStatusInterpreting CodeInterpreterToolCallStatus = "interpreting"
	CodeInterpreterToolCallStatusFailed       CodeInterpreterToolCallStatus = "failed"
)

// ToPointer returns a pointer to a copy of e.
func (e CodeInterpreterToolCallStatus) ToPointer() *CodeInterpreterToolCallStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CodeInterpreterToolCallStatus) UnmarshalJSON(data []byte) error {
	return rooted("CodeInterpreterToolCallStatus", e.decode(data, "$"))
}

func (e *CodeInterpreterToolCallStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CodeInterpreterToolCallStatus", CodeInterpreterToolCallStatusInProgress, CodeInterpreterToolCallStatusCompleted, CodeInterpreterToolCallStatusIncomplete, CodeInterpreterToolCallStatusInterpreting, CodeInterpreterToolCallStatusFailed)
}

type CodeInterpreterToolCallOutputs struct {
	CodeInterpreterOutputLogs  *CodeInterpreterOutputLogs
	CodeInterpreterOutputImage *CodeInterpreterOutputImage
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type CodeInterpreterToolCallOutputsType
}

// CodeInterpreterToolCallOutputsType - the `type` values of the CodeInterpreterToolCallOutputs members; a value not
// listed here is that of an unknown member.
type CodeInterpreterToolCallOutputsType string

const (
	CodeInterpreterToolCallOutputsTypeLogs  CodeInterpreterToolCallOutputsType = "logs"
	CodeInterpreterToolCallOutputsTypeImage CodeInterpreterToolCallOutputsType = "image"
)

// ToPointer returns a pointer to a copy of e.
func (e CodeInterpreterToolCallOutputsType) ToPointer() *CodeInterpreterToolCallOutputsType {
	return &e
}

// CreateCodeInterpreterToolCallOutputsLogs wraps v in the union, setting its `type`.
func CreateCodeInterpreterToolCallOutputsLogs(v CodeInterpreterOutputLogs) CodeInterpreterToolCallOutputs {
	typ := CodeInterpreterToolCallOutputsTypeLogs
	v.Type = CodeInterpreterOutputLogsType(typ)
	return CodeInterpreterToolCallOutputs{CodeInterpreterOutputLogs: &v, Type: typ}
}

// CreateCodeInterpreterToolCallOutputsImage wraps v in the union, setting its `type`.
func CreateCodeInterpreterToolCallOutputsImage(v CodeInterpreterOutputImage) CodeInterpreterToolCallOutputs {
	typ := CodeInterpreterToolCallOutputsTypeImage
	v.Type = CodeInterpreterOutputImageType(typ)
	return CodeInterpreterToolCallOutputs{CodeInterpreterOutputImage: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u CodeInterpreterToolCallOutputs) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *CodeInterpreterToolCallOutputs) UnmarshalJSON(data []byte) error {
	return rooted("CodeInterpreterToolCallOutputs", u.decode(data, "$"))
}

func (u *CodeInterpreterToolCallOutputs) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "CodeInterpreterToolCallOutputs", "type")
	if err != nil {
		return err
	}
	switch CodeInterpreterToolCallOutputsType(tag) {
	case CodeInterpreterToolCallOutputsTypeLogs:
		var v CodeInterpreterOutputLogs
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateCodeInterpreterToolCallOutputsLogs(v)
	case CodeInterpreterToolCallOutputsTypeImage:
		var v CodeInterpreterOutputImage
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateCodeInterpreterToolCallOutputsImage(v)
	default:
		*u = CodeInterpreterToolCallOutputs{Unknown: append(json.RawMessage(nil), data...), Type: CodeInterpreterToolCallOutputsType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u CodeInterpreterToolCallOutputs) MarshalJSON() ([]byte, error) {
	switch {
	case u.CodeInterpreterOutputLogs != nil:
		return marshal(u.CodeInterpreterOutputLogs)
	case u.CodeInterpreterOutputImage != nil:
		return marshal(u.CodeInterpreterOutputImage)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("CodeInterpreterToolCallOutputs")
}
