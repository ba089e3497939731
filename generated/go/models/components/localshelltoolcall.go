// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type LocalShellToolCall struct {
	Type   LocalShellToolCallType   `json:"type"`
	ID     string                   `json:"id"`
	CallID string                   `json:"call_id"`
	Action LocalShellExecAction     `json:"action"`
	Status LocalShellToolCallStatus `json:"status"`
	// AdditionalProperties holds the fields of the JSON object that LocalShellToolCall does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *LocalShellToolCall) GetType() LocalShellToolCallType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *LocalShellToolCall) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *LocalShellToolCall) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *LocalShellToolCall) GetAction() LocalShellExecAction {
	if o == nil {
		return LocalShellExecAction{}
	}
	return o.Action
}

func (o *LocalShellToolCall) GetStatus() LocalShellToolCallStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *LocalShellToolCall) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *LocalShellToolCall) UnmarshalJSON(data []byte) error {
	return rooted("LocalShellToolCall", o.decode(data, "$"))
}

func (o *LocalShellToolCall) decode(data []byte, path string) error {
	var out LocalShellToolCall
	r := readObject(data, path, "LocalShellToolCall")
	readRequired(r, "type", &out.Type, (*LocalShellToolCallType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readRequired(r, "action", &out.Action, (*LocalShellExecAction).decode)
	readRequired(r, "status", &out.Status, (*LocalShellToolCallStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o LocalShellToolCall) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("call_id", o.CallID)
	w.value("action", o.Action)
	w.value("status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type LocalShellToolCallType string

const (
	LocalShellToolCallTypeLocalShellCall LocalShellToolCallType = "local_shell_call"
)

// ToPointer returns a pointer to a copy of e.
func (e LocalShellToolCallType) ToPointer() *LocalShellToolCallType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *LocalShellToolCallType) UnmarshalJSON(data []byte) error {
	return rooted("LocalShellToolCallType", e.decode(data, "$"))
}

func (e *LocalShellToolCallType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "LocalShellToolCallType", LocalShellToolCallTypeLocalShellCall)
}

type LocalShellToolCallStatus string

const (
	LocalShellToolCallStatusInProgress LocalShellToolCallStatus = "in_progress"
	LocalShellToolCallStatusCompleted  LocalShellToolCallStatus = "completed"
	LocalShellToolCallStatusIncomplete LocalShellToolCallStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e LocalShellToolCallStatus) ToPointer() *LocalShellToolCallStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *LocalShellToolCallStatus) UnmarshalJSON(data []byte) error {
	return rooted("LocalShellToolCallStatus", e.decode(data, "$"))
}

func (e *LocalShellToolCallStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "LocalShellToolCallStatus", LocalShellToolCallStatusInProgress, LocalShellToolCallStatusCompleted, LocalShellToolCallStatusIncomplete)
}
