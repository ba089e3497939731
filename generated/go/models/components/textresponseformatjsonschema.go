// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type TextResponseFormatJsonSchema struct {
	Type        TextResponseFormatJsonSchemaType `json:"type"`
	Description *string                          `json:"description,omitempty"`
	Name        string                           `json:"name"`
	Schema      ResponseFormatJsonSchemaSchema   `json:"schema"`
	Strict      OptionalNullable[bool]           `json:"strict,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that TextResponseFormatJsonSchema does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *TextResponseFormatJsonSchema) GetType() TextResponseFormatJsonSchemaType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *TextResponseFormatJsonSchema) GetDescription() *string {
	if o == nil {
		return nil
	}
	return o.Description
}

func (o *TextResponseFormatJsonSchema) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *TextResponseFormatJsonSchema) GetSchema() ResponseFormatJsonSchemaSchema {
	if o == nil {
		return nil
	}
	return o.Schema
}

func (o *TextResponseFormatJsonSchema) GetStrict() OptionalNullable[bool] {
	if o == nil {
		return OptionalNullable[bool]{}
	}
	return o.Strict
}

func (o *TextResponseFormatJsonSchema) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *TextResponseFormatJsonSchema) UnmarshalJSON(data []byte) error {
	return rooted("TextResponseFormatJsonSchema", o.decode(data, "$"))
}

func (o *TextResponseFormatJsonSchema) decode(data []byte, path string) error {
	var out TextResponseFormatJsonSchema
	r := readObject(data, path, "TextResponseFormatJsonSchema")
	readRequired(r, "type", &out.Type, (*TextResponseFormatJsonSchemaType).decode)
	readOptional(r, "description", &out.Description, decodeString)
	readRequired(r, "name", &out.Name, decodeString)
	readRequired(r, "schema", &out.Schema, (*ResponseFormatJsonSchemaSchema).decode)
	readOptionalNullable(r, "strict", &out.Strict, decodeBool)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o TextResponseFormatJsonSchema) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.Description != nil, "description", o.Description)
	w.value("name", o.Name)
	w.value("schema", o.Schema)
	w.valueIf(o.Strict.IsSet(), "strict", o.Strict)
	return w.finish(o.AdditionalProperties)
}

type TextResponseFormatJsonSchemaType string

const (
	TextResponseFormatJsonSchemaTypeJSONSchema TextResponseFormatJsonSchemaType = "json_schema"
)

// ToPointer returns a pointer to a copy of e.
func (e TextResponseFormatJsonSchemaType) ToPointer() *TextResponseFormatJsonSchemaType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *TextResponseFormatJsonSchemaType) UnmarshalJSON(data []byte) error {
	return rooted("TextResponseFormatJsonSchemaType", e.decode(data, "$"))
}

func (e *TextResponseFormatJsonSchemaType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "TextResponseFormatJsonSchemaType", TextResponseFormatJsonSchemaTypeJSONSchema)
}
