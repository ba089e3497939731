// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FileCitationBody struct {
	Type     FileCitationBodyType `json:"type"`
	FileID   string               `json:"file_id"`
	Index    float64              `json:"index"`
	Filename string               `json:"filename"`
	// AdditionalProperties holds the fields of the JSON object that FileCitationBody does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FileCitationBody) GetType() FileCitationBodyType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FileCitationBody) GetFileID() string {
	if o == nil {
		return ""
	}
	return o.FileID
}

func (o *FileCitationBody) GetIndex() float64 {
	if o == nil {
		return 0
	}
	return o.Index
}

func (o *FileCitationBody) GetFilename() string {
	if o == nil {
		return ""
	}
	return o.Filename
}

func (o *FileCitationBody) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FileCitationBody) UnmarshalJSON(data []byte) error {
	return rooted("FileCitationBody", o.decode(data, "$"))
}

func (o *FileCitationBody) decode(data []byte, path string) error {
	var out FileCitationBody
	r := readObject(data, path, "FileCitationBody")
	readRequired(r, "type", &out.Type, (*FileCitationBodyType).decode)
	readRequired(r, "file_id", &out.FileID, decodeString)
	readRequired(r, "index", &out.Index, decodeInteger)
	readRequired(r, "filename", &out.Filename, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FileCitationBody) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("file_id", o.FileID)
	w.value("index", o.Index)
	w.value("filename", o.Filename)
	return w.finish(o.AdditionalProperties)
}

type FileCitationBodyType string

const (
	FileCitationBodyTypeFileCitation FileCitationBodyType = "file_citation"
)

// ToPointer returns a pointer to a copy of e.
func (e FileCitationBodyType) ToPointer() *FileCitationBodyType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FileCitationBodyType) UnmarshalJSON(data []byte) error {
	return rooted("FileCitationBodyType", e.decode(data, "$"))
}

func (e *FileCitationBodyType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FileCitationBodyType", FileCitationBodyTypeFileCitation)
}
