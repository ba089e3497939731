// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ApplyPatchCreateFileOperationParam struct {
	Type ApplyPatchCreateFileOperationParamType `json:"type"`
	Path string                                 `json:"path"`
	Diff string                                 `json:"diff"`
	// AdditionalProperties holds the fields of the JSON object that ApplyPatchCreateFileOperationParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ApplyPatchCreateFileOperationParam) GetType() ApplyPatchCreateFileOperationParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ApplyPatchCreateFileOperationParam) GetPath() string {
	if o == nil {
		return ""
	}
	return o.Path
}

func (o *ApplyPatchCreateFileOperationParam) GetDiff() string {
	if o == nil {
		return ""
	}
	return o.Diff
}

func (o *ApplyPatchCreateFileOperationParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ApplyPatchCreateFileOperationParam) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchCreateFileOperationParam", o.decode(data, "$"))
}

func (o *ApplyPatchCreateFileOperationParam) decode(data []byte, path string) error {
	var out ApplyPatchCreateFileOperationParam
	r := readObject(data, path, "ApplyPatchCreateFileOperationParam")
	readRequired(r, "type", &out.Type, (*ApplyPatchCreateFileOperationParamType).decode)
	readRequired(r, "path", &out.Path, sized(decodeString, limits{hasMin: true, min: 1}))
	readRequired(r, "diff", &out.Diff, sized(decodeString, limits{hasMax: true, max: 10485760}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ApplyPatchCreateFileOperationParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("path", o.Path)
	w.value("diff", o.Diff)
	return w.finish(o.AdditionalProperties)
}

type ApplyPatchCreateFileOperationParamType string

const (
	ApplyPatchCreateFileOperationParamTypeCreateFile ApplyPatchCreateFileOperationParamType = "create_file"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchCreateFileOperationParamType) ToPointer() *ApplyPatchCreateFileOperationParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchCreateFileOperationParamType) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchCreateFileOperationParamType", e.decode(data, "$"))
}

func (e *ApplyPatchCreateFileOperationParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchCreateFileOperationParamType", ApplyPatchCreateFileOperationParamTypeCreateFile)
}
