// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type TextResponseFormatConfiguration struct {
	ResponseFormatText           *ResponseFormatText
	TextResponseFormatJsonSchema *TextResponseFormatJsonSchema
	ResponseFormatJsonObject     *ResponseFormatJsonObject
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type TextResponseFormatConfigurationType
}

// TextResponseFormatConfigurationType - the `type` values of the TextResponseFormatConfiguration members; a value not
// listed here is that of an unknown member.
type TextResponseFormatConfigurationType string

const (
	TextResponseFormatConfigurationTypeText       TextResponseFormatConfigurationType = "text"
	TextResponseFormatConfigurationTypeJSONSchema TextResponseFormatConfigurationType = "json_schema"
	TextResponseFormatConfigurationTypeJSONObject TextResponseFormatConfigurationType = "json_object"
)

// ToPointer returns a pointer to a copy of e.
func (e TextResponseFormatConfigurationType) ToPointer() *TextResponseFormatConfigurationType {
	return &e
}

// CreateTextResponseFormatConfigurationText wraps v in the union, setting its `type`.
func CreateTextResponseFormatConfigurationText(v ResponseFormatText) TextResponseFormatConfiguration {
	typ := TextResponseFormatConfigurationTypeText
	v.Type = ResponseFormatTextType(typ)
	return TextResponseFormatConfiguration{ResponseFormatText: &v, Type: typ}
}

// CreateTextResponseFormatConfigurationJSONSchema wraps v in the union, setting its `type`.
func CreateTextResponseFormatConfigurationJSONSchema(v TextResponseFormatJsonSchema) TextResponseFormatConfiguration {
	typ := TextResponseFormatConfigurationTypeJSONSchema
	v.Type = TextResponseFormatJsonSchemaType(typ)
	return TextResponseFormatConfiguration{TextResponseFormatJsonSchema: &v, Type: typ}
}

// CreateTextResponseFormatConfigurationJSONObject wraps v in the union, setting its `type`.
func CreateTextResponseFormatConfigurationJSONObject(v ResponseFormatJsonObject) TextResponseFormatConfiguration {
	typ := TextResponseFormatConfigurationTypeJSONObject
	v.Type = ResponseFormatJsonObjectType(typ)
	return TextResponseFormatConfiguration{ResponseFormatJsonObject: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u TextResponseFormatConfiguration) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *TextResponseFormatConfiguration) UnmarshalJSON(data []byte) error {
	return rooted("TextResponseFormatConfiguration", u.decode(data, "$"))
}

func (u *TextResponseFormatConfiguration) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "TextResponseFormatConfiguration", "type")
	if err != nil {
		return err
	}
	switch TextResponseFormatConfigurationType(tag) {
	case TextResponseFormatConfigurationTypeText:
		var v ResponseFormatText
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateTextResponseFormatConfigurationText(v)
	case TextResponseFormatConfigurationTypeJSONSchema:
		var v TextResponseFormatJsonSchema
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateTextResponseFormatConfigurationJSONSchema(v)
	case TextResponseFormatConfigurationTypeJSONObject:
		var v ResponseFormatJsonObject
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateTextResponseFormatConfigurationJSONObject(v)
	default:
		*u = TextResponseFormatConfiguration{Unknown: append(json.RawMessage(nil), data...), Type: TextResponseFormatConfigurationType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u TextResponseFormatConfiguration) MarshalJSON() ([]byte, error) {
	switch {
	case u.ResponseFormatText != nil:
		return marshal(u.ResponseFormatText)
	case u.TextResponseFormatJsonSchema != nil:
		return marshal(u.TextResponseFormatJsonSchema)
	case u.ResponseFormatJsonObject != nil:
		return marshal(u.ResponseFormatJsonObject)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("TextResponseFormatConfiguration")
}
