// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ApplyPatchDeleteFileOperationParam struct {
	Type ApplyPatchDeleteFileOperationParamType `json:"type"`
	Path string                                 `json:"path"`
	// AdditionalProperties holds the fields of the JSON object that ApplyPatchDeleteFileOperationParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ApplyPatchDeleteFileOperationParam) GetType() ApplyPatchDeleteFileOperationParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ApplyPatchDeleteFileOperationParam) GetPath() string {
	if o == nil {
		return ""
	}
	return o.Path
}

func (o *ApplyPatchDeleteFileOperationParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ApplyPatchDeleteFileOperationParam) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchDeleteFileOperationParam", o.decode(data, "$"))
}

func (o *ApplyPatchDeleteFileOperationParam) decode(data []byte, path string) error {
	var out ApplyPatchDeleteFileOperationParam
	r := readObject(data, path, "ApplyPatchDeleteFileOperationParam")
	readRequired(r, "type", &out.Type, (*ApplyPatchDeleteFileOperationParamType).decode)
	readRequired(r, "path", &out.Path, sized(decodeString, limits{hasMin: true, min: 1}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ApplyPatchDeleteFileOperationParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("path", o.Path)
	return w.finish(o.AdditionalProperties)
}

type ApplyPatchDeleteFileOperationParamType string

const (
	ApplyPatchDeleteFileOperationParamTypeDeleteFile ApplyPatchDeleteFileOperationParamType = "delete_file"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchDeleteFileOperationParamType) ToPointer() *ApplyPatchDeleteFileOperationParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchDeleteFileOperationParamType) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchDeleteFileOperationParamType", e.decode(data, "$"))
}

func (e *ApplyPatchDeleteFileOperationParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchDeleteFileOperationParamType", ApplyPatchDeleteFileOperationParamTypeDeleteFile)
}
