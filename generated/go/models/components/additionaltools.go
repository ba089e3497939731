// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type AdditionalTools struct {
	Type  AdditionalToolsType `json:"type"`
	ID    string              `json:"id"`
	Role  MessageRole         `json:"role"`
	Tools []Tool              `json:"tools"`
	// AdditionalProperties holds the fields of the JSON object that AdditionalTools does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *AdditionalTools) GetType() AdditionalToolsType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *AdditionalTools) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *AdditionalTools) GetRole() MessageRole {
	if o == nil {
		return ""
	}
	return o.Role
}

func (o *AdditionalTools) GetTools() []Tool {
	if o == nil {
		return nil
	}
	return o.Tools
}

func (o *AdditionalTools) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *AdditionalTools) UnmarshalJSON(data []byte) error {
	return rooted("AdditionalTools", o.decode(data, "$"))
}

func (o *AdditionalTools) decode(data []byte, path string) error {
	var out AdditionalTools
	r := readObject(data, path, "AdditionalTools")
	readRequired(r, "type", &out.Type, (*AdditionalToolsType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "role", &out.Role, (*MessageRole).decode)
	readRequired(r, "tools", &out.Tools, decodeArray((*Tool).decode))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o AdditionalTools) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("role", o.Role)
	w.value("tools", o.Tools)
	return w.finish(o.AdditionalProperties)
}

type AdditionalToolsType string

const (
	AdditionalToolsTypeAdditionalTools AdditionalToolsType = "additional_tools"
)

// ToPointer returns a pointer to a copy of e.
func (e AdditionalToolsType) ToPointer() *AdditionalToolsType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *AdditionalToolsType) UnmarshalJSON(data []byte) error {
	return rooted("AdditionalToolsType", e.decode(data, "$"))
}

func (e *AdditionalToolsType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "AdditionalToolsType", AdditionalToolsTypeAdditionalTools)
}
