// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type VectorStoreFileAttributes = *map[string]VectorStoreFileAttributesValue

// DecodeVectorStoreFileAttributes decodes data strictly, as json.Unmarshal cannot for a *map[string]VectorStoreFileAttributesValue, and
// rejects a value that does not fit with a *DecodeError.
func DecodeVectorStoreFileAttributes(data []byte) (VectorStoreFileAttributes, error) {
	var v VectorStoreFileAttributes
	if err := owned("VectorStoreFileAttributes", decodeNullable(ruled(decodeMap((*VectorStoreFileAttributesValue).decode), mapRules{size: limits{hasMax: true, max: 16}, keyLength: limits{hasMax: true, max: 64}}))(&v, data, "$")); err != nil {
		return nil, rooted("VectorStoreFileAttributes", err)
	}
	return v, nil
}

type VectorStoreFileAttributesValue struct {
	Str     *string
	Number  *float64
	Boolean *bool

	// Type names the alternative held.
	Type VectorStoreFileAttributesValueType
}

// VectorStoreFileAttributesValueType names the alternatives of VectorStoreFileAttributesValue.
type VectorStoreFileAttributesValueType string

const (
	VectorStoreFileAttributesValueTypeStr     VectorStoreFileAttributesValueType = "str"
	VectorStoreFileAttributesValueTypeNumber  VectorStoreFileAttributesValueType = "number"
	VectorStoreFileAttributesValueTypeBoolean VectorStoreFileAttributesValueType = "boolean"
)

// ToPointer returns a pointer to a copy of e.
func (e VectorStoreFileAttributesValueType) ToPointer() *VectorStoreFileAttributesValueType {
	return &e
}

// CreateVectorStoreFileAttributesValueStr wraps v in the union.
func CreateVectorStoreFileAttributesValueStr(v string) VectorStoreFileAttributesValue {
	return VectorStoreFileAttributesValue{Str: &v, Type: VectorStoreFileAttributesValueTypeStr}
}

// CreateVectorStoreFileAttributesValueNumber wraps v in the union.
func CreateVectorStoreFileAttributesValueNumber(v float64) VectorStoreFileAttributesValue {
	return VectorStoreFileAttributesValue{Number: &v, Type: VectorStoreFileAttributesValueTypeNumber}
}

// CreateVectorStoreFileAttributesValueBoolean wraps v in the union.
func CreateVectorStoreFileAttributesValueBoolean(v bool) VectorStoreFileAttributesValue {
	return VectorStoreFileAttributesValue{Boolean: &v, Type: VectorStoreFileAttributesValueTypeBoolean}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *VectorStoreFileAttributesValue) UnmarshalJSON(data []byte) error {
	return rooted("VectorStoreFileAttributesValue", u.decode(data, "$"))
}

func (u *VectorStoreFileAttributesValue) decode(data []byte, path string) error {
	var v1 string
	if decodeString(&v1, data, path) == nil {
		*u = CreateVectorStoreFileAttributesValueStr(v1)
		return nil
	}
	var v2 float64
	if decodeNumber(&v2, data, path) == nil {
		*u = CreateVectorStoreFileAttributesValueNumber(v2)
		return nil
	}
	var v3 bool
	if decodeBool(&v3, data, path) == nil {
		*u = CreateVectorStoreFileAttributesValueBoolean(v3)
		return nil
	}
	return &DecodeError{Type: "VectorStoreFileAttributesValue", Path: path, Expected: "one of: a string, a number, a boolean", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u VectorStoreFileAttributesValue) MarshalJSON() ([]byte, error) {
	switch {
	case u.Str != nil:
		return marshal(u.Str)
	case u.Number != nil:
		return marshal(u.Number)
	case u.Boolean != nil:
		return marshal(u.Boolean)
	}
	return nil, noMember("VectorStoreFileAttributesValue")
}
