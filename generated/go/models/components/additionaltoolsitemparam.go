// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type AdditionalToolsItemParam struct {
	ID    OptionalNullable[string]     `json:"id,omitempty"`
	Type  AdditionalToolsItemParamType `json:"type"`
	Role  AdditionalToolsItemParamRole `json:"role"`
	Tools []Tool                       `json:"tools"`
	// AdditionalProperties holds the fields of the JSON object that AdditionalToolsItemParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *AdditionalToolsItemParam) GetID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ID
}

func (o *AdditionalToolsItemParam) GetType() AdditionalToolsItemParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *AdditionalToolsItemParam) GetRole() AdditionalToolsItemParamRole {
	if o == nil {
		return ""
	}
	return o.Role
}

func (o *AdditionalToolsItemParam) GetTools() []Tool {
	if o == nil {
		return nil
	}
	return o.Tools
}

func (o *AdditionalToolsItemParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *AdditionalToolsItemParam) UnmarshalJSON(data []byte) error {
	return rooted("AdditionalToolsItemParam", o.decode(data, "$"))
}

func (o *AdditionalToolsItemParam) decode(data []byte, path string) error {
	var out AdditionalToolsItemParam
	r := readObject(data, path, "AdditionalToolsItemParam")
	readOptionalNullable(r, "id", &out.ID, decodeString)
	readRequired(r, "type", &out.Type, (*AdditionalToolsItemParamType).decode)
	readRequired(r, "role", &out.Role, (*AdditionalToolsItemParamRole).decode)
	readRequired(r, "tools", &out.Tools, decodeArray((*Tool).decode))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o AdditionalToolsItemParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.ID.IsSet(), "id", o.ID)
	w.value("type", o.Type)
	w.value("role", o.Role)
	w.value("tools", o.Tools)
	return w.finish(o.AdditionalProperties)
}

type AdditionalToolsItemParamType string

const (
	AdditionalToolsItemParamTypeAdditionalTools AdditionalToolsItemParamType = "additional_tools"
)

// ToPointer returns a pointer to a copy of e.
func (e AdditionalToolsItemParamType) ToPointer() *AdditionalToolsItemParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *AdditionalToolsItemParamType) UnmarshalJSON(data []byte) error {
	return rooted("AdditionalToolsItemParamType", e.decode(data, "$"))
}

func (e *AdditionalToolsItemParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "AdditionalToolsItemParamType", AdditionalToolsItemParamTypeAdditionalTools)
}

type AdditionalToolsItemParamRole string

const (
	AdditionalToolsItemParamRoleDeveloper AdditionalToolsItemParamRole = "developer"
)

// ToPointer returns a pointer to a copy of e.
func (e AdditionalToolsItemParamRole) ToPointer() *AdditionalToolsItemParamRole {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *AdditionalToolsItemParamRole) UnmarshalJSON(data []byte) error {
	return rooted("AdditionalToolsItemParamRole", e.decode(data, "$"))
}

func (e *AdditionalToolsItemParamRole) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "AdditionalToolsItemParamRole", AdditionalToolsItemParamRoleDeveloper)
}
