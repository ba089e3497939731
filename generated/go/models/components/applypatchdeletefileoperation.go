// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ApplyPatchDeleteFileOperation struct {
	Type ApplyPatchDeleteFileOperationType `json:"type"`
	Path string                            `json:"path"`
	// AdditionalProperties holds the fields of the JSON object that ApplyPatchDeleteFileOperation does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ApplyPatchDeleteFileOperation) GetType() ApplyPatchDeleteFileOperationType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ApplyPatchDeleteFileOperation) GetPath() string {
	if o == nil {
		return ""
	}
	return o.Path
}

func (o *ApplyPatchDeleteFileOperation) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ApplyPatchDeleteFileOperation) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchDeleteFileOperation", o.decode(data, "$"))
}

func (o *ApplyPatchDeleteFileOperation) decode(data []byte, path string) error {
	var out ApplyPatchDeleteFileOperation
	r := readObject(data, path, "ApplyPatchDeleteFileOperation")
	readRequired(r, "type", &out.Type, (*ApplyPatchDeleteFileOperationType).decode)
	readRequired(r, "path", &out.Path, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ApplyPatchDeleteFileOperation) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("path", o.Path)
	return w.finish(o.AdditionalProperties)
}

type ApplyPatchDeleteFileOperationType string

const (
	ApplyPatchDeleteFileOperationTypeDeleteFile ApplyPatchDeleteFileOperationType = "delete_file"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchDeleteFileOperationType) ToPointer() *ApplyPatchDeleteFileOperationType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchDeleteFileOperationType) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchDeleteFileOperationType", e.decode(data, "$"))
}

func (e *ApplyPatchDeleteFileOperationType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchDeleteFileOperationType", ApplyPatchDeleteFileOperationTypeDeleteFile)
}
