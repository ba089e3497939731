// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CompactionBody struct {
	Type             CompactionBodyType `json:"type"`
	ID               string             `json:"id"`
	EncryptedContent string             `json:"encrypted_content"`
	CreatedBy        *string            `json:"created_by,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that CompactionBody does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CompactionBody) GetType() CompactionBodyType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CompactionBody) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *CompactionBody) GetEncryptedContent() string {
	if o == nil {
		return ""
	}
	return o.EncryptedContent
}

func (o *CompactionBody) GetCreatedBy() *string {
	if o == nil {
		return nil
	}
	return o.CreatedBy
}

func (o *CompactionBody) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CompactionBody) UnmarshalJSON(data []byte) error {
	return rooted("CompactionBody", o.decode(data, "$"))
}

func (o *CompactionBody) decode(data []byte, path string) error {
	var out CompactionBody
	r := readObject(data, path, "CompactionBody")
	readRequired(r, "type", &out.Type, (*CompactionBodyType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "encrypted_content", &out.EncryptedContent, decodeString)
	readOptional(r, "created_by", &out.CreatedBy, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CompactionBody) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("encrypted_content", o.EncryptedContent)
	w.valueIf(o.CreatedBy != nil, "created_by", o.CreatedBy)
	return w.finish(o.AdditionalProperties)
}

type CompactionBodyType string

const (
	CompactionBodyTypeCompaction CompactionBodyType = "compaction"
)

// ToPointer returns a pointer to a copy of e.
func (e CompactionBodyType) ToPointer() *CompactionBodyType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CompactionBodyType) UnmarshalJSON(data []byte) error {
	return rooted("CompactionBodyType", e.decode(data, "$"))
}

func (e *CompactionBodyType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CompactionBodyType", CompactionBodyTypeCompaction)
}
