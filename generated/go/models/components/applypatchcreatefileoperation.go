// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ApplyPatchCreateFileOperation struct {
	Type ApplyPatchCreateFileOperationType `json:"type"`
	Path string                            `json:"path"`
	Diff string                            `json:"diff"`
	// AdditionalProperties holds the fields of the JSON object that ApplyPatchCreateFileOperation does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ApplyPatchCreateFileOperation) GetType() ApplyPatchCreateFileOperationType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ApplyPatchCreateFileOperation) GetPath() string {
	if o == nil {
		return ""
	}
	return o.Path
}

func (o *ApplyPatchCreateFileOperation) GetDiff() string {
	if o == nil {
		return ""
	}
	return o.Diff
}

func (o *ApplyPatchCreateFileOperation) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ApplyPatchCreateFileOperation) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchCreateFileOperation", o.decode(data, "$"))
}

func (o *ApplyPatchCreateFileOperation) decode(data []byte, path string) error {
	var out ApplyPatchCreateFileOperation
	r := readObject(data, path, "ApplyPatchCreateFileOperation")
	readRequired(r, "type", &out.Type, (*ApplyPatchCreateFileOperationType).decode)
	readRequired(r, "path", &out.Path, decodeString)
	readRequired(r, "diff", &out.Diff, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ApplyPatchCreateFileOperation) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("path", o.Path)
	w.value("diff", o.Diff)
	return w.finish(o.AdditionalProperties)
}

type ApplyPatchCreateFileOperationType string

const (
	ApplyPatchCreateFileOperationTypeCreateFile ApplyPatchCreateFileOperationType = "create_file"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchCreateFileOperationType) ToPointer() *ApplyPatchCreateFileOperationType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchCreateFileOperationType) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchCreateFileOperationType", e.decode(data, "$"))
}

func (e *ApplyPatchCreateFileOperationType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchCreateFileOperationType", ApplyPatchCreateFileOperationTypeCreateFile)
}
