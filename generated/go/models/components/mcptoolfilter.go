// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type MCPToolFilter struct {
	ToolNames []string `json:"tool_names,omitempty"`
	ReadOnly  *bool    `json:"read_only,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that MCPToolFilter does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *MCPToolFilter) GetToolNames() []string {
	if o == nil {
		return nil
	}
	return o.ToolNames
}

func (o *MCPToolFilter) GetReadOnly() *bool {
	if o == nil {
		return nil
	}
	return o.ReadOnly
}

func (o *MCPToolFilter) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *MCPToolFilter) UnmarshalJSON(data []byte) error {
	return rooted("MCPToolFilter", o.decode(data, "$"))
}

func (o *MCPToolFilter) decode(data []byte, path string) error {
	var out MCPToolFilter
	r := readObject(data, path, "MCPToolFilter")
	readPresent(r, "tool_names", &out.ToolNames, decodeArray(decodeString))
	readOptional(r, "read_only", &out.ReadOnly, decodeBool)
	if err := r.finishClosed(); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o MCPToolFilter) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.ToolNames != nil, "tool_names", o.ToolNames)
	w.valueIf(o.ReadOnly != nil, "read_only", o.ReadOnly)
	return w.finish(o.AdditionalProperties)
}
