// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ComparisonFilter struct {
	Type  ComparisonFilterType  `json:"type"`
	Key   string                `json:"key"`
	Value ComparisonFilterValue `json:"value"`
	// AdditionalProperties holds the fields of the JSON object that ComparisonFilter does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ComparisonFilter) GetType() ComparisonFilterType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ComparisonFilter) GetKey() string {
	if o == nil {
		return ""
	}
	return o.Key
}

func (o *ComparisonFilter) GetValue() ComparisonFilterValue {
	if o == nil {
		return ComparisonFilterValue{}
	}
	return o.Value
}

func (o *ComparisonFilter) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ComparisonFilter) UnmarshalJSON(data []byte) error {
	return rooted("ComparisonFilter", o.decode(data, "$"))
}

func (o *ComparisonFilter) decode(data []byte, path string) error {
	var out ComparisonFilter
	r := readObject(data, path, "ComparisonFilter")
	readRequired(r, "type", &out.Type, (*ComparisonFilterType).decode)
	readRequired(r, "key", &out.Key, decodeString)
	readRequired(r, "value", &out.Value, (*ComparisonFilterValue).decode)
	if err := r.finishClosed(); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ComparisonFilter) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("key", o.Key)
	w.value("value", o.Value)
	return w.finish(o.AdditionalProperties)
}

type ComparisonFilterType string

const (
	ComparisonFilterTypeEq  ComparisonFilterType = "eq"
	ComparisonFilterTypeNe  ComparisonFilterType = "ne"
	ComparisonFilterTypeGt  ComparisonFilterType = "gt"
	ComparisonFilterTypeGte ComparisonFilterType = "gte"
	ComparisonFilterTypeLt  ComparisonFilterType = "lt"
	ComparisonFilterTypeLte ComparisonFilterType = "lte"
	ComparisonFilterTypeIn  ComparisonFilterType = "in"
	ComparisonFilterTypeNin ComparisonFilterType = "nin"
)

// ToPointer returns a pointer to a copy of e.
func (e ComparisonFilterType) ToPointer() *ComparisonFilterType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ComparisonFilterType) UnmarshalJSON(data []byte) error {
	return rooted("ComparisonFilterType", e.decode(data, "$"))
}

func (e *ComparisonFilterType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ComparisonFilterType", ComparisonFilterTypeEq, ComparisonFilterTypeNe, ComparisonFilterTypeGt, ComparisonFilterTypeGte, ComparisonFilterTypeLt, ComparisonFilterTypeLte, ComparisonFilterTypeIn, ComparisonFilterTypeNin)
}

type ComparisonFilterValue struct {
	Str                                  *string
	Number                               *float64
	Boolean                              *bool
	ArrayOfComparisonFilterValueVariant4 []ComparisonFilterValueVariant4

	// Type names the alternative held.
	Type ComparisonFilterValueType
}

// ComparisonFilterValueType names the alternatives of ComparisonFilterValue.
type ComparisonFilterValueType string

const (
	ComparisonFilterValueTypeStr                                  ComparisonFilterValueType = "str"
	ComparisonFilterValueTypeNumber                               ComparisonFilterValueType = "number"
	ComparisonFilterValueTypeBoolean                              ComparisonFilterValueType = "boolean"
	ComparisonFilterValueTypeArrayOfComparisonFilterValueVariant4 ComparisonFilterValueType = "arrayOfComparisonFilterValueVariant4"
)

// ToPointer returns a pointer to a copy of e.
func (e ComparisonFilterValueType) ToPointer() *ComparisonFilterValueType {
	return &e
}

// CreateComparisonFilterValueStr wraps v in the union.
func CreateComparisonFilterValueStr(v string) ComparisonFilterValue {
	return ComparisonFilterValue{Str: &v, Type: ComparisonFilterValueTypeStr}
}

// CreateComparisonFilterValueNumber wraps v in the union.
func CreateComparisonFilterValueNumber(v float64) ComparisonFilterValue {
	return ComparisonFilterValue{Number: &v, Type: ComparisonFilterValueTypeNumber}
}

// CreateComparisonFilterValueBoolean wraps v in the union.
func CreateComparisonFilterValueBoolean(v bool) ComparisonFilterValue {
	return ComparisonFilterValue{Boolean: &v, Type: ComparisonFilterValueTypeBoolean}
}

// CreateComparisonFilterValueArrayOfComparisonFilterValueVariant4 wraps v in the union.
func CreateComparisonFilterValueArrayOfComparisonFilterValueVariant4(v []ComparisonFilterValueVariant4) ComparisonFilterValue {
	return ComparisonFilterValue{ArrayOfComparisonFilterValueVariant4: v, Type: ComparisonFilterValueTypeArrayOfComparisonFilterValueVariant4}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *ComparisonFilterValue) UnmarshalJSON(data []byte) error {
	return rooted("ComparisonFilterValue", u.decode(data, "$"))
}

func (u *ComparisonFilterValue) decode(data []byte, path string) error {
	var v1 string
	if decodeString(&v1, data, path) == nil {
		*u = CreateComparisonFilterValueStr(v1)
		return nil
	}
	var v2 float64
	if decodeNumber(&v2, data, path) == nil {
		*u = CreateComparisonFilterValueNumber(v2)
		return nil
	}
	var v3 bool
	if decodeBool(&v3, data, path) == nil {
		*u = CreateComparisonFilterValueBoolean(v3)
		return nil
	}
	var v4 []ComparisonFilterValueVariant4
	if decodeArray((*ComparisonFilterValueVariant4).decode)(&v4, data, path) == nil {
		*u = CreateComparisonFilterValueArrayOfComparisonFilterValueVariant4(v4)
		return nil
	}
	return &DecodeError{Type: "ComparisonFilterValue", Path: path, Expected: "one of: a string, a number, a boolean, an array of ComparisonFilterValueVariant4 values", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u ComparisonFilterValue) MarshalJSON() ([]byte, error) {
	switch {
	case u.Str != nil:
		return marshal(u.Str)
	case u.Number != nil:
		return marshal(u.Number)
	case u.Boolean != nil:
		return marshal(u.Boolean)
	case u.ArrayOfComparisonFilterValueVariant4 != nil:
		return marshal(u.ArrayOfComparisonFilterValueVariant4)
	}
	return nil, noMember("ComparisonFilterValue")
}

type ComparisonFilterValueVariant4 struct {
	Str    *string
	Number *float64

	// Type names the alternative held.
	Type ComparisonFilterValueVariant4Type
}

// ComparisonFilterValueVariant4Type names the alternatives of ComparisonFilterValueVariant4.
type ComparisonFilterValueVariant4Type string

const (
	ComparisonFilterValueVariant4TypeStr    ComparisonFilterValueVariant4Type = "str"
	ComparisonFilterValueVariant4TypeNumber ComparisonFilterValueVariant4Type = "number"
)

// ToPointer returns a pointer to a copy of e.
func (e ComparisonFilterValueVariant4Type) ToPointer() *ComparisonFilterValueVariant4Type {
	return &e
}

// CreateComparisonFilterValueVariant4Str wraps v in the union.
func CreateComparisonFilterValueVariant4Str(v string) ComparisonFilterValueVariant4 {
	return ComparisonFilterValueVariant4{Str: &v, Type: ComparisonFilterValueVariant4TypeStr}
}

// CreateComparisonFilterValueVariant4Number wraps v in the union.
func CreateComparisonFilterValueVariant4Number(v float64) ComparisonFilterValueVariant4 {
	return ComparisonFilterValueVariant4{Number: &v, Type: ComparisonFilterValueVariant4TypeNumber}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *ComparisonFilterValueVariant4) UnmarshalJSON(data []byte) error {
	return rooted("ComparisonFilterValueVariant4", u.decode(data, "$"))
}

func (u *ComparisonFilterValueVariant4) decode(data []byte, path string) error {
	var v1 string
	if decodeString(&v1, data, path) == nil {
		*u = CreateComparisonFilterValueVariant4Str(v1)
		return nil
	}
	var v2 float64
	if decodeNumber(&v2, data, path) == nil {
		*u = CreateComparisonFilterValueVariant4Number(v2)
		return nil
	}
	return &DecodeError{Type: "ComparisonFilterValueVariant4", Path: path, Expected: "one of: a string, a number", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u ComparisonFilterValueVariant4) MarshalJSON() ([]byte, error) {
	switch {
	case u.Str != nil:
		return marshal(u.Str)
	case u.Number != nil:
		return marshal(u.Number)
	}
	return nil, noMember("ComparisonFilterValueVariant4")
}
