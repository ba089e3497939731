// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type MessageRole string

const (
	MessageRoleUnknown       MessageRole = "unknown"
	MessageRoleUser          MessageRole = "user"
	MessageRoleAssistant     MessageRole = "assistant"
	MessageRoleSystem        MessageRole = "system"
	MessageRoleCritic        MessageRole = "critic"
	MessageRoleDiscriminator MessageRole = "discriminator"
	MessageRoleDeveloper     MessageRole = "developer"
	MessageRoleTool          MessageRole = "tool"
)

// ToPointer returns a pointer to a copy of e.
func (e MessageRole) ToPointer() *MessageRole {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MessageRole) UnmarshalJSON(data []byte) error {
	return rooted("MessageRole", e.decode(data, "$"))
}

func (e *MessageRole) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MessageRole", MessageRoleUnknown, MessageRoleUser, MessageRoleAssistant, MessageRoleSystem, MessageRoleCritic, MessageRoleDiscriminator, MessageRoleDeveloper, MessageRoleTool)
}
