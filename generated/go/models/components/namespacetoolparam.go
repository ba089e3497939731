// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type NamespaceToolParam struct {
	Type        NamespaceToolParamType    `json:"type"`
	Name        string                    `json:"name"`
	Description string                    `json:"description"`
	Tools       []NamespaceToolParamTools `json:"tools"`
	// AdditionalProperties holds the fields of the JSON object that NamespaceToolParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *NamespaceToolParam) GetType() NamespaceToolParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *NamespaceToolParam) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *NamespaceToolParam) GetDescription() string {
	if o == nil {
		return ""
	}
	return o.Description
}

func (o *NamespaceToolParam) GetTools() []NamespaceToolParamTools {
	if o == nil {
		return nil
	}
	return o.Tools
}

func (o *NamespaceToolParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *NamespaceToolParam) UnmarshalJSON(data []byte) error {
	return rooted("NamespaceToolParam", o.decode(data, "$"))
}

func (o *NamespaceToolParam) decode(data []byte, path string) error {
	var out NamespaceToolParam
	r := readObject(data, path, "NamespaceToolParam")
	readRequired(r, "type", &out.Type, (*NamespaceToolParamType).decode)
	readRequired(r, "name", &out.Name, sized(decodeString, limits{hasMin: true, min: 1}))
	readRequired(r, "description", &out.Description, decodeString)
	readRequired(r, "tools", &out.Tools, counted(decodeArray((*NamespaceToolParamTools).decode), limits{hasMin: true, min: 1}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o NamespaceToolParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("name", o.Name)
	w.value("description", o.Description)
	w.value("tools", o.Tools)
	return w.finish(o.AdditionalProperties)
}

type NamespaceToolParamType string

const (
	NamespaceToolParamTypeNamespace NamespaceToolParamType = "namespace"
)

// ToPointer returns a pointer to a copy of e.
func (e NamespaceToolParamType) ToPointer() *NamespaceToolParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *NamespaceToolParamType) UnmarshalJSON(data []byte) error {
	return rooted("NamespaceToolParamType", e.decode(data, "$"))
}

func (e *NamespaceToolParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "NamespaceToolParamType", NamespaceToolParamTypeNamespace)
}

type NamespaceToolParamTools struct {
	FunctionToolParam *FunctionToolParam
	CustomToolParam   *CustomToolParam
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type NamespaceToolParamToolsType
}

// NamespaceToolParamToolsType - the `type` values of the NamespaceToolParamTools members; a value not
// listed here is that of an unknown member.
type NamespaceToolParamToolsType string

const (
	NamespaceToolParamToolsTypeFunction NamespaceToolParamToolsType = "function"
	NamespaceToolParamToolsTypeCustom   NamespaceToolParamToolsType = "custom"
)

// ToPointer returns a pointer to a copy of e.
func (e NamespaceToolParamToolsType) ToPointer() *NamespaceToolParamToolsType {
	return &e
}

// CreateNamespaceToolParamToolsFunction wraps v in the union, setting its `type`.
func CreateNamespaceToolParamToolsFunction(v FunctionToolParam) NamespaceToolParamTools {
	typ := NamespaceToolParamToolsTypeFunction
	v.Type = FunctionToolParamType(typ)
	return NamespaceToolParamTools{FunctionToolParam: &v, Type: typ}
}

// CreateNamespaceToolParamToolsCustom wraps v in the union, setting its `type`.
func CreateNamespaceToolParamToolsCustom(v CustomToolParam) NamespaceToolParamTools {
	typ := NamespaceToolParamToolsTypeCustom
	v.Type = CustomToolParamType(typ)
	return NamespaceToolParamTools{CustomToolParam: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u NamespaceToolParamTools) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *NamespaceToolParamTools) UnmarshalJSON(data []byte) error {
	return rooted("NamespaceToolParamTools", u.decode(data, "$"))
}

func (u *NamespaceToolParamTools) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "NamespaceToolParamTools", "type")
	if err != nil {
		return err
	}
	switch NamespaceToolParamToolsType(tag) {
	case NamespaceToolParamToolsTypeFunction:
		var v FunctionToolParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateNamespaceToolParamToolsFunction(v)
	case NamespaceToolParamToolsTypeCustom:
		var v CustomToolParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateNamespaceToolParamToolsCustom(v)
	default:
		*u = NamespaceToolParamTools{Unknown: append(json.RawMessage(nil), data...), Type: NamespaceToolParamToolsType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u NamespaceToolParamTools) MarshalJSON() ([]byte, error) {
	switch {
	case u.FunctionToolParam != nil:
		return marshal(u.FunctionToolParam)
	case u.CustomToolParam != nil:
		return marshal(u.CustomToolParam)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("NamespaceToolParamTools")
}
