// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type MCPListToolsTool struct {
	Name        string                           `json:"name"`
	Description OptionalNullable[string]         `json:"description,omitempty"`
	InputSchema map[string]any                   `json:"input_schema"`
	Annotations OptionalNullable[map[string]any] `json:"annotations,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that MCPListToolsTool does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *MCPListToolsTool) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *MCPListToolsTool) GetDescription() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Description
}

func (o *MCPListToolsTool) GetInputSchema() map[string]any {
	if o == nil {
		return nil
	}
	return o.InputSchema
}

func (o *MCPListToolsTool) GetAnnotations() OptionalNullable[map[string]any] {
	if o == nil {
		return OptionalNullable[map[string]any]{}
	}
	return o.Annotations
}

func (o *MCPListToolsTool) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *MCPListToolsTool) UnmarshalJSON(data []byte) error {
	return rooted("MCPListToolsTool", o.decode(data, "$"))
}

func (o *MCPListToolsTool) decode(data []byte, path string) error {
	var out MCPListToolsTool
	r := readObject(data, path, "MCPListToolsTool")
	readRequired(r, "name", &out.Name, decodeString)
	readOptionalNullable(r, "description", &out.Description, decodeString)
	readRequired(r, "input_schema", &out.InputSchema, decodeMap(decodeAny))
	readOptionalNullable(r, "annotations", &out.Annotations, decodeMap(decodeAny))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o MCPListToolsTool) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("name", o.Name)
	w.valueIf(o.Description.IsSet(), "description", o.Description)
	w.value("input_schema", o.InputSchema)
	w.valueIf(o.Annotations.IsSet(), "annotations", o.Annotations)
	return w.finish(o.AdditionalProperties)
}
