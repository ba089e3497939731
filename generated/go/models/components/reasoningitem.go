// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ReasoningItem struct {
	Type             ReasoningItemType        `json:"type"`
	ID               string                   `json:"id"`
	EncryptedContent OptionalNullable[string] `json:"encrypted_content,omitempty"`
	Summary          []SummaryTextContent     `json:"summary"`
	Content          []ReasoningTextContent   `json:"content,omitempty"`
	Status           *ReasoningItemStatus     `json:"status,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ReasoningItem does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ReasoningItem) GetType() ReasoningItemType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ReasoningItem) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ReasoningItem) GetEncryptedContent() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.EncryptedContent
}

func (o *ReasoningItem) GetSummary() []SummaryTextContent {
	if o == nil {
		return nil
	}
	return o.Summary
}

func (o *ReasoningItem) GetContent() []ReasoningTextContent {
	if o == nil {
		return nil
	}
	return o.Content
}

func (o *ReasoningItem) GetStatus() *ReasoningItemStatus {
	if o == nil {
		return nil
	}
	return o.Status
}

func (o *ReasoningItem) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ReasoningItem) UnmarshalJSON(data []byte) error {
	return rooted("ReasoningItem", o.decode(data, "$"))
}

func (o *ReasoningItem) decode(data []byte, path string) error {
	var out ReasoningItem
	r := readObject(data, path, "ReasoningItem")
	readRequired(r, "type", &out.Type, (*ReasoningItemType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readOptionalNullable(r, "encrypted_content", &out.EncryptedContent, decodeString)
	readRequired(r, "summary", &out.Summary, decodeArray((*SummaryTextContent).decode))
	readPresent(r, "content", &out.Content, decodeArray((*ReasoningTextContent).decode))
	readOptional(r, "status", &out.Status, (*ReasoningItemStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ReasoningItem) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.valueIf(o.EncryptedContent.IsSet(), "encrypted_content", o.EncryptedContent)
	w.value("summary", o.Summary)
	w.valueIf(o.Content != nil, "content", o.Content)
	w.valueIf(o.Status != nil, "status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type ReasoningItemType string

const (
	ReasoningItemTypeReasoning ReasoningItemType = "reasoning"
)

// ToPointer returns a pointer to a copy of e.
func (e ReasoningItemType) ToPointer() *ReasoningItemType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ReasoningItemType) UnmarshalJSON(data []byte) error {
	return rooted("ReasoningItemType", e.decode(data, "$"))
}

func (e *ReasoningItemType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ReasoningItemType", ReasoningItemTypeReasoning)
}

type ReasoningItemStatus string

const (
	ReasoningItemStatusInProgress ReasoningItemStatus = "in_progress"
	ReasoningItemStatusCompleted  ReasoningItemStatus = "completed"
	ReasoningItemStatusIncomplete ReasoningItemStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e ReasoningItemStatus) ToPointer() *ReasoningItemStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ReasoningItemStatus) UnmarshalJSON(data []byte) error {
	return rooted("ReasoningItemStatus", e.decode(data, "$"))
}

func (e *ReasoningItemStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ReasoningItemStatus", ReasoningItemStatusInProgress, ReasoningItemStatusCompleted, ReasoningItemStatusIncomplete)
}
