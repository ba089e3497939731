// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ContainerFileCitationBody struct {
	Type        ContainerFileCitationBodyType `json:"type"`
	ContainerID string                        `json:"container_id"`
	FileID      string                        `json:"file_id"`
	StartIndex  float64                       `json:"start_index"`
	EndIndex    float64                       `json:"end_index"`
	Filename    string                        `json:"filename"`
	// AdditionalProperties holds the fields of the JSON object that ContainerFileCitationBody does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ContainerFileCitationBody) GetType() ContainerFileCitationBodyType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ContainerFileCitationBody) GetContainerID() string {
	if o == nil {
		return ""
	}
	return o.ContainerID
}

func (o *ContainerFileCitationBody) GetFileID() string {
	if o == nil {
		return ""
	}
	return o.FileID
}

func (o *ContainerFileCitationBody) GetStartIndex() float64 {
	if o == nil {
		return 0
	}
	return o.StartIndex
}

func (o *ContainerFileCitationBody) GetEndIndex() float64 {
	if o == nil {
		return 0
	}
	return o.EndIndex
}

func (o *ContainerFileCitationBody) GetFilename() string {
	if o == nil {
		return ""
	}
	return o.Filename
}

func (o *ContainerFileCitationBody) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ContainerFileCitationBody) UnmarshalJSON(data []byte) error {
	return rooted("ContainerFileCitationBody", o.decode(data, "$"))
}

func (o *ContainerFileCitationBody) decode(data []byte, path string) error {
	var out ContainerFileCitationBody
	r := readObject(data, path, "ContainerFileCitationBody")
	readRequired(r, "type", &out.Type, (*ContainerFileCitationBodyType).decode)
	readRequired(r, "container_id", &out.ContainerID, decodeString)
	readRequired(r, "file_id", &out.FileID, decodeString)
	readRequired(r, "start_index", &out.StartIndex, decodeInteger)
	readRequired(r, "end_index", &out.EndIndex, decodeInteger)
	readRequired(r, "filename", &out.Filename, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ContainerFileCitationBody) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("container_id", o.ContainerID)
	w.value("file_id", o.FileID)
	w.value("start_index", o.StartIndex)
	w.value("end_index", o.EndIndex)
	w.value("filename", o.Filename)
	return w.finish(o.AdditionalProperties)
}

type ContainerFileCitationBodyType string

const (
	ContainerFileCitationBodyTypeContainerFileCitation ContainerFileCitationBodyType = "container_file_citation"
)

// ToPointer returns a pointer to a copy of e.
func (e ContainerFileCitationBodyType) ToPointer() *ContainerFileCitationBodyType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ContainerFileCitationBodyType) UnmarshalJSON(data []byte) error {
	return rooted("ContainerFileCitationBodyType", e.decode(data, "$"))
}

func (e *ContainerFileCitationBodyType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ContainerFileCitationBodyType", ContainerFileCitationBodyTypeContainerFileCitation)
}
