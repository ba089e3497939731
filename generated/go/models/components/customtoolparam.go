// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CustomToolParam struct {
	Type           CustomToolParamType                           `json:"type"`
	Name           string                                        `json:"name"`
	Description    *string                                       `json:"description,omitempty"`
	Format         *CustomToolParamFormat                        `json:"format,omitempty"`
	DeferLoading   *bool                                         `json:"defer_loading,omitempty"`
	AllowedCallers OptionalNullable[[]CallableToolAllowedCaller] `json:"allowed_callers,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that CustomToolParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CustomToolParam) GetType() CustomToolParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CustomToolParam) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *CustomToolParam) GetDescription() *string {
	if o == nil {
		return nil
	}
	return o.Description
}

func (o *CustomToolParam) GetFormat() *CustomToolParamFormat {
	if o == nil {
		return nil
	}
	return o.Format
}

func (o *CustomToolParam) GetDeferLoading() *bool {
	if o == nil {
		return nil
	}
	return o.DeferLoading
}

func (o *CustomToolParam) GetAllowedCallers() OptionalNullable[[]CallableToolAllowedCaller] {
	if o == nil {
		return OptionalNullable[[]CallableToolAllowedCaller]{}
	}
	return o.AllowedCallers
}

func (o *CustomToolParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CustomToolParam) UnmarshalJSON(data []byte) error {
	return rooted("CustomToolParam", o.decode(data, "$"))
}

func (o *CustomToolParam) decode(data []byte, path string) error {
	var out CustomToolParam
	r := readObject(data, path, "CustomToolParam")
	readRequired(r, "type", &out.Type, (*CustomToolParamType).decode)
	readRequired(r, "name", &out.Name, decodeString)
	readOptional(r, "description", &out.Description, decodeString)
	readOptional(r, "format", &out.Format, (*CustomToolParamFormat).decode)
	readOptional(r, "defer_loading", &out.DeferLoading, decodeBool)
	readOptionalNullable(r, "allowed_callers", &out.AllowedCallers, counted(decodeArray((*CallableToolAllowedCaller).decode), limits{hasMin: true, min: 1}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CustomToolParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("name", o.Name)
	w.valueIf(o.Description != nil, "description", o.Description)
	w.valueIf(o.Format != nil, "format", o.Format)
	w.valueIf(o.DeferLoading != nil, "defer_loading", o.DeferLoading)
	w.valueIf(o.AllowedCallers.IsSet(), "allowed_callers", o.AllowedCallers)
	return w.finish(o.AdditionalProperties)
}

type CustomToolParamType string

const (
	CustomToolParamTypeCustom CustomToolParamType = "custom"
)

// ToPointer returns a pointer to a copy of e.
func (e CustomToolParamType) ToPointer() *CustomToolParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CustomToolParamType) UnmarshalJSON(data []byte) error {
	return rooted("CustomToolParamType", e.decode(data, "$"))
}

func (e *CustomToolParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CustomToolParamType", CustomToolParamTypeCustom)
}

type CustomToolParamFormat struct {
	CustomTextFormatParam    *CustomTextFormatParam
	CustomGrammarFormatParam *CustomGrammarFormatParam
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type CustomToolParamFormatType
}

// CustomToolParamFormatType - the `type` values of the CustomToolParamFormat members; a value not
// listed here is that of an unknown member.
type CustomToolParamFormatType string

const (
	CustomToolParamFormatTypeText    CustomToolParamFormatType = "text"
	CustomToolParamFormatTypeGrammar CustomToolParamFormatType = "grammar"
)

// ToPointer returns a pointer to a copy of e.
func (e CustomToolParamFormatType) ToPointer() *CustomToolParamFormatType {
	return &e
}

// CreateCustomToolParamFormatText wraps v in the union, setting its `type`.
func CreateCustomToolParamFormatText(v CustomTextFormatParam) CustomToolParamFormat {
	typ := CustomToolParamFormatTypeText
	v.Type = CustomTextFormatParamType(typ)
	return CustomToolParamFormat{CustomTextFormatParam: &v, Type: typ}
}

// CreateCustomToolParamFormatGrammar wraps v in the union, setting its `type`.
func CreateCustomToolParamFormatGrammar(v CustomGrammarFormatParam) CustomToolParamFormat {
	typ := CustomToolParamFormatTypeGrammar
	v.Type = CustomGrammarFormatParamType(typ)
	return CustomToolParamFormat{CustomGrammarFormatParam: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u CustomToolParamFormat) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *CustomToolParamFormat) UnmarshalJSON(data []byte) error {
	return rooted("CustomToolParamFormat", u.decode(data, "$"))
}

func (u *CustomToolParamFormat) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "CustomToolParamFormat", "type")
	if err != nil {
		return err
	}
	switch CustomToolParamFormatType(tag) {
	case CustomToolParamFormatTypeText:
		var v CustomTextFormatParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateCustomToolParamFormatText(v)
	case CustomToolParamFormatTypeGrammar:
		var v CustomGrammarFormatParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateCustomToolParamFormatGrammar(v)
	default:
		*u = CustomToolParamFormat{Unknown: append(json.RawMessage(nil), data...), Type: CustomToolParamFormatType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u CustomToolParamFormat) MarshalJSON() ([]byte, error) {
	switch {
	case u.CustomTextFormatParam != nil:
		return marshal(u.CustomTextFormatParam)
	case u.CustomGrammarFormatParam != nil:
		return marshal(u.CustomGrammarFormatParam)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("CustomToolParamFormat")
}
