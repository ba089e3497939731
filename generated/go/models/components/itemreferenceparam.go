// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ItemReferenceParam struct {
	Type OptionalNullable[ItemReferenceParamType] `json:"type,omitempty"`
	ID   string                                   `json:"id"`
	// AdditionalProperties holds the fields of the JSON object that ItemReferenceParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ItemReferenceParam) GetType() OptionalNullable[ItemReferenceParamType] {
	if o == nil {
		return OptionalNullable[ItemReferenceParamType]{}
	}
	return o.Type
}

func (o *ItemReferenceParam) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ItemReferenceParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ItemReferenceParam) UnmarshalJSON(data []byte) error {
	return rooted("ItemReferenceParam", o.decode(data, "$"))
}

func (o *ItemReferenceParam) decode(data []byte, path string) error {
	var out ItemReferenceParam
	r := readObject(data, path, "ItemReferenceParam")
	readOptionalNullable(r, "type", &out.Type, (*ItemReferenceParamType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ItemReferenceParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.Type.IsSet(), "type", o.Type)
	w.value("id", o.ID)
	return w.finish(o.AdditionalProperties)
}

type ItemReferenceParamType string

const (
	ItemReferenceParamTypeItemReference ItemReferenceParamType = "item_reference"
)

// ToPointer returns a pointer to a copy of e.
func (e ItemReferenceParamType) ToPointer() *ItemReferenceParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ItemReferenceParamType) UnmarshalJSON(data []byte) error {
	return rooted("ItemReferenceParamType", e.decode(data, "$"))
}

func (e *ItemReferenceParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ItemReferenceParamType", ItemReferenceParamTypeItemReference)
}
