// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FilePath struct {
	Type   FilePathType `json:"type"`
	FileID string       `json:"file_id"`
	Index  float64      `json:"index"`
	// AdditionalProperties holds the fields of the JSON object that FilePath does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FilePath) GetType() FilePathType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FilePath) GetFileID() string {
	if o == nil {
		return ""
	}
	return o.FileID
}

func (o *FilePath) GetIndex() float64 {
	if o == nil {
		return 0
	}
	return o.Index
}

func (o *FilePath) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FilePath) UnmarshalJSON(data []byte) error {
	return rooted("FilePath", o.decode(data, "$"))
}

func (o *FilePath) decode(data []byte, path string) error {
	var out FilePath
	r := readObject(data, path, "FilePath")
	readRequired(r, "type", &out.Type, (*FilePathType).decode)
	readRequired(r, "file_id", &out.FileID, decodeString)
	readRequired(r, "index", &out.Index, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FilePath) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("file_id", o.FileID)
	w.value("index", o.Index)
	return w.finish(o.AdditionalProperties)
}

type FilePathType string

const (
	FilePathTypeFilePath FilePathType = "file_path"
)

// ToPointer returns a pointer to a copy of e.
func (e FilePathType) ToPointer() *FilePathType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FilePathType) UnmarshalJSON(data []byte) error {
	return rooted("FilePathType", e.decode(data, "$"))
}

func (e *FilePathType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FilePathType", FilePathTypeFilePath)
}
