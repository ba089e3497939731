// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type InputMessage struct {
	Type    *InputMessageType       `json:"type,omitempty"`
	Role    InputMessageRole        `json:"role"`
	Status  *InputMessageStatus     `json:"status,omitempty"`
	Content InputMessageContentList `json:"content"`
	// AdditionalProperties holds the fields of the JSON object that InputMessage does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *InputMessage) GetType() *InputMessageType {
	if o == nil {
		return nil
	}
	return o.Type
}

func (o *InputMessage) GetRole() InputMessageRole {
	if o == nil {
		return ""
	}
	return o.Role
}

func (o *InputMessage) GetStatus() *InputMessageStatus {
	if o == nil {
		return nil
	}
	return o.Status
}

func (o *InputMessage) GetContent() InputMessageContentList {
	if o == nil {
		return nil
	}
	return o.Content
}

func (o *InputMessage) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *InputMessage) UnmarshalJSON(data []byte) error {
	return rooted("InputMessage", o.decode(data, "$"))
}

func (o *InputMessage) decode(data []byte, path string) error {
	var out InputMessage
	r := readObject(data, path, "InputMessage")
	readOptional(r, "type", &out.Type, (*InputMessageType).decode)
	readRequired(r, "role", &out.Role, (*InputMessageRole).decode)
	readOptional(r, "status", &out.Status, (*InputMessageStatus).decode)
	readRequired(r, "content", &out.Content, (*InputMessageContentList).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o InputMessage) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.Type != nil, "type", o.Type)
	w.value("role", o.Role)
	w.valueIf(o.Status != nil, "status", o.Status)
	w.value("content", o.Content)
	return w.finish(o.AdditionalProperties)
}

type InputMessageType string

const (
	InputMessageTypeMessage InputMessageType = "message"
)

// ToPointer returns a pointer to a copy of e.
func (e InputMessageType) ToPointer() *InputMessageType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *InputMessageType) UnmarshalJSON(data []byte) error {
	return rooted("InputMessageType", e.decode(data, "$"))
}

func (e *InputMessageType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "InputMessageType", InputMessageTypeMessage)
}

type InputMessageRole string

const (
	InputMessageRoleUser      InputMessageRole = "user"
	InputMessageRoleSystem    InputMessageRole = "system"
	InputMessageRoleDeveloper InputMessageRole = "developer"
)

// ToPointer returns a pointer to a copy of e.
func (e InputMessageRole) ToPointer() *InputMessageRole {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *InputMessageRole) UnmarshalJSON(data []byte) error {
	return rooted("InputMessageRole", e.decode(data, "$"))
}

func (e *InputMessageRole) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "InputMessageRole", InputMessageRoleUser, InputMessageRoleSystem, InputMessageRoleDeveloper)
}

type InputMessageStatus string

const (
	InputMessageStatusInProgress InputMessageStatus = "in_progress"
	InputMessageStatusCompleted  InputMessageStatus = "completed"
	InputMessageStatusIncomplete InputMessageStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e InputMessageStatus) ToPointer() *InputMessageStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *InputMessageStatus) UnmarshalJSON(data []byte) error {
	return rooted("InputMessageStatus", e.decode(data, "$"))
}

func (e *InputMessageStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "InputMessageStatus", InputMessageStatusInProgress, InputMessageStatusCompleted, InputMessageStatusIncomplete)
}
