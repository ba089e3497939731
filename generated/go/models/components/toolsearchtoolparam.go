// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ToolSearchToolParam struct {
	Type        ToolSearchToolParamType           `json:"type"`
	Execution   *ToolSearchExecutionType          `json:"execution,omitempty"`
	Description OptionalNullable[string]          `json:"description,omitempty"`
	Parameters  OptionalNullable[EmptyModelParam] `json:"parameters,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ToolSearchToolParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ToolSearchToolParam) GetType() ToolSearchToolParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ToolSearchToolParam) GetExecution() *ToolSearchExecutionType {
	if o == nil {
		return nil
	}
	return o.Execution
}

func (o *ToolSearchToolParam) GetDescription() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Description
}

func (o *ToolSearchToolParam) GetParameters() OptionalNullable[EmptyModelParam] {
	if o == nil {
		return OptionalNullable[EmptyModelParam]{}
	}
	return o.Parameters
}

func (o *ToolSearchToolParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ToolSearchToolParam) UnmarshalJSON(data []byte) error {
	return rooted("ToolSearchToolParam", o.decode(data, "$"))
}

func (o *ToolSearchToolParam) decode(data []byte, path string) error {
	var out ToolSearchToolParam
	r := readObject(data, path, "ToolSearchToolParam")
	readRequired(r, "type", &out.Type, (*ToolSearchToolParamType).decode)
	readOptional(r, "execution", &out.Execution, (*ToolSearchExecutionType).decode)
	readOptionalNullable(r, "description", &out.Description, decodeString)
	readOptionalNullable(r, "parameters", &out.Parameters, (*EmptyModelParam).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ToolSearchToolParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.Execution != nil, "execution", o.Execution)
	w.valueIf(o.Description.IsSet(), "description", o.Description)
	w.valueIf(o.Parameters.IsSet(), "parameters", o.Parameters)
	return w.finish(o.AdditionalProperties)
}

type ToolSearchToolParamType string

const (
	ToolSearchToolParamTypeToolSearch ToolSearchToolParamType = "tool_search"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolSearchToolParamType) ToPointer() *ToolSearchToolParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ToolSearchToolParamType) UnmarshalJSON(data []byte) error {
	return rooted("ToolSearchToolParamType", e.decode(data, "$"))
}

func (e *ToolSearchToolParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ToolSearchToolParamType", ToolSearchToolParamTypeToolSearch)
}
