// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ApplyPatchToolCall struct {
	Type      ApplyPatchToolCallType           `json:"type"`
	ID        string                           `json:"id"`
	CallID    string                           `json:"call_id"`
	Caller    OptionalNullable[ToolCallCaller] `json:"caller,omitempty"`
	Status    ApplyPatchCallStatus             `json:"status"`
	Operation ApplyPatchToolCallOperation      `json:"operation"`
	CreatedBy *string                          `json:"created_by,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ApplyPatchToolCall does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ApplyPatchToolCall) GetType() ApplyPatchToolCallType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ApplyPatchToolCall) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ApplyPatchToolCall) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *ApplyPatchToolCall) GetCaller() OptionalNullable[ToolCallCaller] {
	if o == nil {
		return OptionalNullable[ToolCallCaller]{}
	}
	return o.Caller
}

func (o *ApplyPatchToolCall) GetStatus() ApplyPatchCallStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *ApplyPatchToolCall) GetOperation() ApplyPatchToolCallOperation {
	if o == nil {
		return ApplyPatchToolCallOperation{}
	}
	return o.Operation
}

func (o *ApplyPatchToolCall) GetCreatedBy() *string {
	if o == nil {
		return nil
	}
	return o.CreatedBy
}

func (o *ApplyPatchToolCall) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ApplyPatchToolCall) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchToolCall", o.decode(data, "$"))
}

func (o *ApplyPatchToolCall) decode(data []byte, path string) error {
	var out ApplyPatchToolCall
	r := readObject(data, path, "ApplyPatchToolCall")
	readRequired(r, "type", &out.Type, (*ApplyPatchToolCallType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCaller).decode)
	readRequired(r, "status", &out.Status, (*ApplyPatchCallStatus).decode)
	readRequired(r, "operation", &out.Operation, (*ApplyPatchToolCallOperation).decode)
	readOptional(r, "created_by", &out.CreatedBy, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ApplyPatchToolCall) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.value("status", o.Status)
	w.value("operation", o.Operation)
	w.valueIf(o.CreatedBy != nil, "created_by", o.CreatedBy)
	return w.finish(o.AdditionalProperties)
}

type ApplyPatchToolCallType string

const (
	ApplyPatchToolCallTypeApplyPatchCall ApplyPatchToolCallType = "apply_patch_call"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchToolCallType) ToPointer() *ApplyPatchToolCallType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchToolCallType) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchToolCallType", e.decode(data, "$"))
}

func (e *ApplyPatchToolCallType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchToolCallType", ApplyPatchToolCallTypeApplyPatchCall)
}

type ApplyPatchToolCallOperation struct {
	ApplyPatchCreateFileOperation *ApplyPatchCreateFileOperation
	ApplyPatchDeleteFileOperation *ApplyPatchDeleteFileOperation
	ApplyPatchUpdateFileOperation *ApplyPatchUpdateFileOperation
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type ApplyPatchToolCallOperationType
}

// ApplyPatchToolCallOperationType - the `type` values of the ApplyPatchToolCallOperation members; a value not
// listed here is that of an unknown member.
type ApplyPatchToolCallOperationType string

const (
	ApplyPatchToolCallOperationTypeCreateFile ApplyPatchToolCallOperationType = "create_file"
	ApplyPatchToolCallOperationTypeDeleteFile ApplyPatchToolCallOperationType = "delete_file"
	ApplyPatchToolCallOperationTypeUpdateFile ApplyPatchToolCallOperationType = "update_file"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchToolCallOperationType) ToPointer() *ApplyPatchToolCallOperationType {
	return &e
}

// CreateApplyPatchToolCallOperationCreateFile wraps v in the union, setting its `type`.
func CreateApplyPatchToolCallOperationCreateFile(v ApplyPatchCreateFileOperation) ApplyPatchToolCallOperation {
	typ := ApplyPatchToolCallOperationTypeCreateFile
	v.Type = ApplyPatchCreateFileOperationType(typ)
	return ApplyPatchToolCallOperation{ApplyPatchCreateFileOperation: &v, Type: typ}
}

// CreateApplyPatchToolCallOperationDeleteFile wraps v in the union, setting its `type`.
func CreateApplyPatchToolCallOperationDeleteFile(v ApplyPatchDeleteFileOperation) ApplyPatchToolCallOperation {
	typ := ApplyPatchToolCallOperationTypeDeleteFile
	v.Type = ApplyPatchDeleteFileOperationType(typ)
	return ApplyPatchToolCallOperation{ApplyPatchDeleteFileOperation: &v, Type: typ}
}

// CreateApplyPatchToolCallOperationUpdateFile wraps v in the union, setting its `type`.
func CreateApplyPatchToolCallOperationUpdateFile(v ApplyPatchUpdateFileOperation) ApplyPatchToolCallOperation {
	typ := ApplyPatchToolCallOperationTypeUpdateFile
	v.Type = ApplyPatchUpdateFileOperationType(typ)
	return ApplyPatchToolCallOperation{ApplyPatchUpdateFileOperation: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u ApplyPatchToolCallOperation) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *ApplyPatchToolCallOperation) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchToolCallOperation", u.decode(data, "$"))
}

func (u *ApplyPatchToolCallOperation) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "ApplyPatchToolCallOperation", "type")
	if err != nil {
		return err
	}
	switch ApplyPatchToolCallOperationType(tag) {
	case ApplyPatchToolCallOperationTypeCreateFile:
		var v ApplyPatchCreateFileOperation
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateApplyPatchToolCallOperationCreateFile(v)
	case ApplyPatchToolCallOperationTypeDeleteFile:
		var v ApplyPatchDeleteFileOperation
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateApplyPatchToolCallOperationDeleteFile(v)
	case ApplyPatchToolCallOperationTypeUpdateFile:
		var v ApplyPatchUpdateFileOperation
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateApplyPatchToolCallOperationUpdateFile(v)
	default:
		*u = ApplyPatchToolCallOperation{Unknown: append(json.RawMessage(nil), data...), Type: ApplyPatchToolCallOperationType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u ApplyPatchToolCallOperation) MarshalJSON() ([]byte, error) {
	switch {
	case u.ApplyPatchCreateFileOperation != nil:
		return marshal(u.ApplyPatchCreateFileOperation)
	case u.ApplyPatchDeleteFileOperation != nil:
		return marshal(u.ApplyPatchDeleteFileOperation)
	case u.ApplyPatchUpdateFileOperation != nil:
		return marshal(u.ApplyPatchUpdateFileOperation)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("ApplyPatchToolCallOperation")
}
