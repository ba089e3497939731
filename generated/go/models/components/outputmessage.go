// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OutputMessage struct {
	ID      string                         `json:"id"`
	Type    OutputMessageType              `json:"type"`
	Role    OutputMessageRole              `json:"role"`
	Content []OutputMessageContent         `json:"content"`
	Phase   OptionalNullable[MessagePhase] `json:"phase,omitempty"`
	Status  OutputMessageStatus            `json:"status"`
	// AdditionalProperties holds the fields of the JSON object that OutputMessage does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *OutputMessage) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *OutputMessage) GetType() OutputMessageType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *OutputMessage) GetRole() OutputMessageRole {
	if o == nil {
		return ""
	}
	return o.Role
}

func (o *OutputMessage) GetContent() []OutputMessageContent {
	if o == nil {
		return nil
	}
	return o.Content
}

func (o *OutputMessage) GetPhase() OptionalNullable[MessagePhase] {
	if o == nil {
		return OptionalNullable[MessagePhase]{}
	}
	return o.Phase
}

func (o *OutputMessage) GetStatus() OutputMessageStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *OutputMessage) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *OutputMessage) UnmarshalJSON(data []byte) error {
	return rooted("OutputMessage", o.decode(data, "$"))
}

func (o *OutputMessage) decode(data []byte, path string) error {
	var out OutputMessage
	r := readObject(data, path, "OutputMessage")
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "type", &out.Type, (*OutputMessageType).decode)
	readRequired(r, "role", &out.Role, (*OutputMessageRole).decode)
	readRequired(r, "content", &out.Content, decodeArray((*OutputMessageContent).decode))
	readOptionalNullable(r, "phase", &out.Phase, (*MessagePhase).decode)
	readRequired(r, "status", &out.Status, (*OutputMessageStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o OutputMessage) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("id", o.ID)
	w.value("type", o.Type)
	w.value("role", o.Role)
	w.value("content", o.Content)
	w.valueIf(o.Phase.IsSet(), "phase", o.Phase)
	w.value("status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type OutputMessageType string

const (
	OutputMessageTypeMessage OutputMessageType = "message"
)

// ToPointer returns a pointer to a copy of e.
func (e OutputMessageType) ToPointer() *OutputMessageType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OutputMessageType) UnmarshalJSON(data []byte) error {
	return rooted("OutputMessageType", e.decode(data, "$"))
}

func (e *OutputMessageType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OutputMessageType", OutputMessageTypeMessage)
}

type OutputMessageRole string

const (
	OutputMessageRoleAssistant OutputMessageRole = "assistant"
)

// ToPointer returns a pointer to a copy of e.
func (e OutputMessageRole) ToPointer() *OutputMessageRole {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OutputMessageRole) UnmarshalJSON(data []byte) error {
	return rooted("OutputMessageRole", e.decode(data, "$"))
}

func (e *OutputMessageRole) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OutputMessageRole", OutputMessageRoleAssistant)
}

type OutputMessageStatus string

const (
	OutputMessageStatusInProgress OutputMessageStatus = "in_progress"
	OutputMessageStatusCompleted  OutputMessageStatus = "completed"
	OutputMessageStatusIncomplete OutputMessageStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e OutputMessageStatus) ToPointer() *OutputMessageStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *OutputMessageStatus) UnmarshalJSON(data []byte) error {
	return rooted("OutputMessageStatus", e.decode(data, "$"))
}

func (e *OutputMessageStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "OutputMessageStatus", OutputMessageStatusInProgress, OutputMessageStatusCompleted, OutputMessageStatusIncomplete)
}
