// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type MessagePhase string

const (
	MessagePhaseCommentary  MessagePhase = "commentary"
	MessagePhaseFinalAnswer MessagePhase = "final_answer"
)

// ToPointer returns a pointer to a copy of e.
func (e MessagePhase) ToPointer() *MessagePhase {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MessagePhase) UnmarshalJSON(data []byte) error {
	return rooted("MessagePhase", e.decode(data, "$"))
}

func (e *MessagePhase) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MessagePhase", MessagePhaseCommentary, MessagePhaseFinalAnswer)
}
