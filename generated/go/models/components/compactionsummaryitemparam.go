// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CompactionSummaryItemParam struct {
	ID               OptionalNullable[string]       `json:"id,omitempty"`
	Type             CompactionSummaryItemParamType `json:"type"`
	EncryptedContent string                         `json:"encrypted_content"`
	// AdditionalProperties holds the fields of the JSON object that CompactionSummaryItemParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CompactionSummaryItemParam) GetID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ID
}

func (o *CompactionSummaryItemParam) GetType() CompactionSummaryItemParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CompactionSummaryItemParam) GetEncryptedContent() string {
	if o == nil {
		return ""
	}
	return o.EncryptedContent
}

func (o *CompactionSummaryItemParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CompactionSummaryItemParam) UnmarshalJSON(data []byte) error {
	return rooted("CompactionSummaryItemParam", o.decode(data, "$"))
}

func (o *CompactionSummaryItemParam) decode(data []byte, path string) error {
	var out CompactionSummaryItemParam
	r := readObject(data, path, "CompactionSummaryItemParam")
	readOptionalNullable(r, "id", &out.ID, decodeString)
	readRequired(r, "type", &out.Type, (*CompactionSummaryItemParamType).decode)
	readRequired(r, "encrypted_content", &out.EncryptedContent, sized(decodeString, limits{hasMax: true, max: 20971520}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CompactionSummaryItemParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.ID.IsSet(), "id", o.ID)
	w.value("type", o.Type)
	w.value("encrypted_content", o.EncryptedContent)
	return w.finish(o.AdditionalProperties)
}

type CompactionSummaryItemParamType string

const (
	CompactionSummaryItemParamTypeCompaction CompactionSummaryItemParamType = "compaction"
)

// ToPointer returns a pointer to a copy of e.
func (e CompactionSummaryItemParamType) ToPointer() *CompactionSummaryItemParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CompactionSummaryItemParamType) UnmarshalJSON(data []byte) error {
	return rooted("CompactionSummaryItemParamType", e.decode(data, "$"))
}

func (e *CompactionSummaryItemParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CompactionSummaryItemParamType", CompactionSummaryItemParamTypeCompaction)
}
