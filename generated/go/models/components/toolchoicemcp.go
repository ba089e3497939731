// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ToolChoiceMCP struct {
	Type        ToolChoiceMCPType        `json:"type"`
	ServerLabel string                   `json:"server_label"`
	Name        OptionalNullable[string] `json:"name,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ToolChoiceMCP does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ToolChoiceMCP) GetType() ToolChoiceMCPType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ToolChoiceMCP) GetServerLabel() string {
	if o == nil {
		return ""
	}
	return o.ServerLabel
}

func (o *ToolChoiceMCP) GetName() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Name
}

func (o *ToolChoiceMCP) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ToolChoiceMCP) UnmarshalJSON(data []byte) error {
	return rooted("ToolChoiceMCP", o.decode(data, "$"))
}

func (o *ToolChoiceMCP) decode(data []byte, path string) error {
	var out ToolChoiceMCP
	r := readObject(data, path, "ToolChoiceMCP")
	readRequired(r, "type", &out.Type, (*ToolChoiceMCPType).decode)
	readRequired(r, "server_label", &out.ServerLabel, decodeString)
	readOptionalNullable(r, "name", &out.Name, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ToolChoiceMCP) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("server_label", o.ServerLabel)
	w.valueIf(o.Name.IsSet(), "name", o.Name)
	return w.finish(o.AdditionalProperties)
}

type ToolChoiceMCPType string

const (
	ToolChoiceMCPTypeMCP ToolChoiceMCPType = "mcp"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolChoiceMCPType) ToPointer() *ToolChoiceMCPType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ToolChoiceMCPType) UnmarshalJSON(data []byte) error {
	return rooted("ToolChoiceMCPType", e.decode(data, "$"))
}

func (e *ToolChoiceMCPType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ToolChoiceMCPType", ToolChoiceMCPTypeMCP)
}
