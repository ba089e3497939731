// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ApplyPatchOperationParam struct {
	ApplyPatchCreateFileOperationParam *ApplyPatchCreateFileOperationParam
	ApplyPatchDeleteFileOperationParam *ApplyPatchDeleteFileOperationParam
	ApplyPatchUpdateFileOperationParam *ApplyPatchUpdateFileOperationParam
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type ApplyPatchOperationParamType
}

// ApplyPatchOperationParamType - the `type` values of the ApplyPatchOperationParam members; a value not
// listed here is that of an unknown member.
type ApplyPatchOperationParamType string

const (
	ApplyPatchOperationParamTypeCreateFile ApplyPatchOperationParamType = "create_file"
	ApplyPatchOperationParamTypeDeleteFile ApplyPatchOperationParamType = "delete_file"
	ApplyPatchOperationParamTypeUpdateFile ApplyPatchOperationParamType = "update_file"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchOperationParamType) ToPointer() *ApplyPatchOperationParamType {
	return &e
}

// CreateApplyPatchOperationParamCreateFile wraps v in the union, setting its `type`.
func CreateApplyPatchOperationParamCreateFile(v ApplyPatchCreateFileOperationParam) ApplyPatchOperationParam {
	typ := ApplyPatchOperationParamTypeCreateFile
	v.Type = ApplyPatchCreateFileOperationParamType(typ)
	return ApplyPatchOperationParam{ApplyPatchCreateFileOperationParam: &v, Type: typ}
}

// CreateApplyPatchOperationParamDeleteFile wraps v in the union, setting its `type`.
func CreateApplyPatchOperationParamDeleteFile(v ApplyPatchDeleteFileOperationParam) ApplyPatchOperationParam {
	typ := ApplyPatchOperationParamTypeDeleteFile
	v.Type = ApplyPatchDeleteFileOperationParamType(typ)
	return ApplyPatchOperationParam{ApplyPatchDeleteFileOperationParam: &v, Type: typ}
}

// CreateApplyPatchOperationParamUpdateFile wraps v in the union, setting its `type`.
func CreateApplyPatchOperationParamUpdateFile(v ApplyPatchUpdateFileOperationParam) ApplyPatchOperationParam {
	typ := ApplyPatchOperationParamTypeUpdateFile
	v.Type = ApplyPatchUpdateFileOperationParamType(typ)
	return ApplyPatchOperationParam{ApplyPatchUpdateFileOperationParam: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u ApplyPatchOperationParam) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *ApplyPatchOperationParam) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchOperationParam", u.decode(data, "$"))
}

func (u *ApplyPatchOperationParam) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "ApplyPatchOperationParam", "type")
	if err != nil {
		return err
	}
	switch ApplyPatchOperationParamType(tag) {
	case ApplyPatchOperationParamTypeCreateFile:
		var v ApplyPatchCreateFileOperationParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateApplyPatchOperationParamCreateFile(v)
	case ApplyPatchOperationParamTypeDeleteFile:
		var v ApplyPatchDeleteFileOperationParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateApplyPatchOperationParamDeleteFile(v)
	case ApplyPatchOperationParamTypeUpdateFile:
		var v ApplyPatchUpdateFileOperationParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateApplyPatchOperationParamUpdateFile(v)
	default:
		*u = ApplyPatchOperationParam{Unknown: append(json.RawMessage(nil), data...), Type: ApplyPatchOperationParamType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u ApplyPatchOperationParam) MarshalJSON() ([]byte, error) {
	switch {
	case u.ApplyPatchCreateFileOperationParam != nil:
		return marshal(u.ApplyPatchCreateFileOperationParam)
	case u.ApplyPatchDeleteFileOperationParam != nil:
		return marshal(u.ApplyPatchDeleteFileOperationParam)
	case u.ApplyPatchUpdateFileOperationParam != nil:
		return marshal(u.ApplyPatchUpdateFileOperationParam)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("ApplyPatchOperationParam")
}
