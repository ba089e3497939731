// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ApplyPatchUpdateFileOperation struct {
	Type ApplyPatchUpdateFileOperationType `json:"type"`
	Path string                            `json:"path"`
	Diff string                            `json:"diff"`
	// AdditionalProperties holds the fields of the JSON object that ApplyPatchUpdateFileOperation does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ApplyPatchUpdateFileOperation) GetType() ApplyPatchUpdateFileOperationType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ApplyPatchUpdateFileOperation) GetPath() string {
	if o == nil {
		return ""
	}
	return o.Path
}

func (o *ApplyPatchUpdateFileOperation) GetDiff() string {
	if o == nil {
		return ""
	}
	return o.Diff
}

func (o *ApplyPatchUpdateFileOperation) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ApplyPatchUpdateFileOperation) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchUpdateFileOperation", o.decode(data, "$"))
}

func (o *ApplyPatchUpdateFileOperation) decode(data []byte, path string) error {
	var out ApplyPatchUpdateFileOperation
	r := readObject(data, path, "ApplyPatchUpdateFileOperation")
	readRequired(r, "type", &out.Type, (*ApplyPatchUpdateFileOperationType).decode)
	readRequired(r, "path", &out.Path, decodeString)
	readRequired(r, "diff", &out.Diff, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ApplyPatchUpdateFileOperation) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("path", o.Path)
	w.value("diff", o.Diff)
	return w.finish(o.AdditionalProperties)
}

type ApplyPatchUpdateFileOperationType string

const (
	ApplyPatchUpdateFileOperationTypeUpdateFile ApplyPatchUpdateFileOperationType = "update_file"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchUpdateFileOperationType) ToPointer() *ApplyPatchUpdateFileOperationType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchUpdateFileOperationType) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchUpdateFileOperationType", e.decode(data, "$"))
}

func (e *ApplyPatchUpdateFileOperationType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchUpdateFileOperationType", ApplyPatchUpdateFileOperationTypeUpdateFile)
}
