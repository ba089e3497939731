// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ComputerToolCall struct {
	Type                ComputerToolCallType           `json:"type"`
	ID                  string                         `json:"id"`
	CallID              string                         `json:"call_id"`
	Action              *ComputerAction                `json:"action,omitempty"`
	Actions             ComputerActionList             `json:"actions,omitempty"`
	PendingSafetyChecks []ComputerCallSafetyCheckParam `json:"pending_safety_checks"`
	Status              ComputerToolCallStatus         `json:"status"`
	// AdditionalProperties holds the fields of the JSON object that ComputerToolCall does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ComputerToolCall) GetType() ComputerToolCallType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ComputerToolCall) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ComputerToolCall) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *ComputerToolCall) GetAction() *ComputerAction {
	if o == nil {
		return nil
	}
	return o.Action
}

func (o *ComputerToolCall) GetActions() ComputerActionList {
	if o == nil {
		return nil
	}
	return o.Actions
}

func (o *ComputerToolCall) GetPendingSafetyChecks() []ComputerCallSafetyCheckParam {
	if o == nil {
		return nil
	}
	return o.PendingSafetyChecks
}

func (o *ComputerToolCall) GetStatus() ComputerToolCallStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *ComputerToolCall) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ComputerToolCall) UnmarshalJSON(data []byte) error {
	return rooted("ComputerToolCall", o.decode(data, "$"))
}

func (o *ComputerToolCall) decode(data []byte, path string) error {
	var out ComputerToolCall
	r := readObject(data, path, "ComputerToolCall")
	readRequired(r, "type", &out.Type, (*ComputerToolCallType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readOptional(r, "action", &out.Action, (*ComputerAction).decode)
	readPresent(r, "actions", &out.Actions, (*ComputerActionList).decode)
	readRequired(r, "pending_safety_checks", &out.PendingSafetyChecks, decodeArray((*ComputerCallSafetyCheckParam).decode))
	readRequired(r, "status", &out.Status, (*ComputerToolCallStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ComputerToolCall) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.Action != nil, "action", o.Action)
	w.valueIf(o.Actions != nil, "actions", o.Actions)
	w.value("pending_safety_checks", o.PendingSafetyChecks)
	w.value("status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type ComputerToolCallType string

const (
	ComputerToolCallTypeComputerCall ComputerToolCallType = "computer_call"
)

// ToPointer returns a pointer to a copy of e.
func (e ComputerToolCallType) ToPointer() *ComputerToolCallType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ComputerToolCallType) UnmarshalJSON(data []byte) error {
	return rooted("ComputerToolCallType", e.decode(data, "$"))
}

func (e *ComputerToolCallType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ComputerToolCallType", ComputerToolCallTypeComputerCall)
}

type ComputerToolCallStatus string

const (
	ComputerToolCallStatusInProgress ComputerToolCallStatus = "in_progress"
	ComputerToolCallStatusCompleted  ComputerToolCallStatus = "completed"
	ComputerToolCallStatusIncomplete ComputerToolCallStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e ComputerToolCallStatus) ToPointer() *ComputerToolCallStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ComputerToolCallStatus) UnmarshalJSON(data []byte) error {
	return rooted("ComputerToolCallStatus", e.decode(data, "$"))
}

func (e *ComputerToolCallStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ComputerToolCallStatus", ComputerToolCallStatusInProgress, ComputerToolCallStatusCompleted, ComputerToolCallStatusIncomplete)
}
