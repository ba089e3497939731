// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type MCPListTools struct {
	Type        MCPListToolsType         `json:"type"`
	ID          string                   `json:"id"`
	ServerLabel string                   `json:"server_label"`
	Tools       []MCPListToolsTool       `json:"tools"`
	ErrorField  OptionalNullable[string] `json:"error,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that MCPListTools does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *MCPListTools) GetType() MCPListToolsType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *MCPListTools) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *MCPListTools) GetServerLabel() string {
	if o == nil {
		return ""
	}
	return o.ServerLabel
}

func (o *MCPListTools) GetTools() []MCPListToolsTool {
	if o == nil {
		return nil
	}
	return o.Tools
}

func (o *MCPListTools) GetErrorField() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ErrorField
}

func (o *MCPListTools) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *MCPListTools) UnmarshalJSON(data []byte) error {
	return rooted("MCPListTools", o.decode(data, "$"))
}

func (o *MCPListTools) decode(data []byte, path string) error {
	var out MCPListTools
	r := readObject(data, path, "MCPListTools")
	readRequired(r, "type", &out.Type, (*MCPListToolsType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "server_label", &out.ServerLabel, decodeString)
	readRequired(r, "tools", &out.Tools, decodeArray((*MCPListToolsTool).decode))
	readOptionalNullable(r, "error", &out.ErrorField, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o MCPListTools) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("server_label", o.ServerLabel)
	w.value("tools", o.Tools)
	w.valueIf(o.ErrorField.IsSet(), "error", o.ErrorField)
	return w.finish(o.AdditionalProperties)
}

type MCPListToolsType string

const (
	MCPListToolsTypeMCPListTools MCPListToolsType = "mcp_list_tools"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPListToolsType) ToPointer() *MCPListToolsType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MCPListToolsType) UnmarshalJSON(data []byte) error {
	return rooted("MCPListToolsType", e.decode(data, "$"))
}

func (e *MCPListToolsType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MCPListToolsType", MCPListToolsTypeMCPListTools)
}
