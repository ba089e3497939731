// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type InlineSkillSourceParam struct {
	Type      InlineSkillSourceParamType      `json:"type"`
	MediaType InlineSkillSourceParamMediaType `json:"media_type"`
	Data      string                          `json:"data"`
	// AdditionalProperties holds the fields of the JSON object that InlineSkillSourceParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *InlineSkillSourceParam) GetType() InlineSkillSourceParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *InlineSkillSourceParam) GetMediaType() InlineSkillSourceParamMediaType {
	if o == nil {
		return ""
	}
	return o.MediaType
}

func (o *InlineSkillSourceParam) GetData() string {
	if o == nil {
		return ""
	}
	return o.Data
}

func (o *InlineSkillSourceParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *InlineSkillSourceParam) UnmarshalJSON(data []byte) error {
	return rooted("InlineSkillSourceParam", o.decode(data, "$"))
}

func (o *InlineSkillSourceParam) decode(data []byte, path string) error {
	var out InlineSkillSourceParam
	r := readObject(data, path, "InlineSkillSourceParam")
	readRequired(r, "type", &out.Type, (*InlineSkillSourceParamType).decode)
	readRequired(r, "media_type", &out.MediaType, (*InlineSkillSourceParamMediaType).decode)
	readRequired(r, "data", &out.Data, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 70254592}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o InlineSkillSourceParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("media_type", o.MediaType)
	w.value("data", o.Data)
	return w.finish(o.AdditionalProperties)
}

type InlineSkillSourceParamType string

const (
	InlineSkillSourceParamTypeBase64 InlineSkillSourceParamType = "base64"
)

// ToPointer returns a pointer to a copy of e.
func (e InlineSkillSourceParamType) ToPointer() *InlineSkillSourceParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *InlineSkillSourceParamType) UnmarshalJSON(data []byte) error {
	return rooted("InlineSkillSourceParamType", e.decode(data, "$"))
}

func (e *InlineSkillSourceParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "InlineSkillSourceParamType", InlineSkillSourceParamTypeBase64)
}

type InlineSkillSourceParamMediaType string

const (
	InlineSkillSourceParamMediaTypeApplicationZip InlineSkillSourceParamMediaType = "application/zip"
)

// ToPointer returns a pointer to a copy of e.
func (e InlineSkillSourceParamMediaType) ToPointer() *InlineSkillSourceParamMediaType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *InlineSkillSourceParamMediaType) UnmarshalJSON(data []byte) error {
	return rooted("InlineSkillSourceParamMediaType", e.decode(data, "$"))
}

func (e *InlineSkillSourceParamMediaType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "InlineSkillSourceParamMediaType", InlineSkillSourceParamMediaTypeApplicationZip)
}
