// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionTool struct {
	Type           FunctionToolType                              `json:"type"`
	Name           string                                        `json:"name"`
	Description    OptionalNullable[string]                      `json:"description,omitempty"`
	Parameters     *map[string]any                               `json:"parameters"`
	OutputSchema   OptionalNullable[map[string]any]              `json:"output_schema,omitempty"`
	Strict         *bool                                         `json:"strict"`
	DeferLoading   *bool                                         `json:"defer_loading,omitempty"`
	AllowedCallers OptionalNullable[[]CallableToolAllowedCaller] `json:"allowed_callers,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FunctionTool does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionTool) GetType() FunctionToolType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionTool) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *FunctionTool) GetDescription() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Description
}

func (o *FunctionTool) GetParameters() *map[string]any {
	if o == nil {
		return nil
	}
	return o.Parameters
}

func (o *FunctionTool) GetOutputSchema() OptionalNullable[map[string]any] {
	if o == nil {
		return OptionalNullable[map[string]any]{}
	}
	return o.OutputSchema
}

func (o *FunctionTool) GetStrict() *bool {
	if o == nil {
		return nil
	}
	return o.Strict
}

func (o *FunctionTool) GetDeferLoading() *bool {
	if o == nil {
		return nil
	}
	return o.DeferLoading
}

func (o *FunctionTool) GetAllowedCallers() OptionalNullable[[]CallableToolAllowedCaller] {
	if o == nil {
		return OptionalNullable[[]CallableToolAllowedCaller]{}
	}
	return o.AllowedCallers
}

func (o *FunctionTool) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionTool) UnmarshalJSON(data []byte) error {
	return rooted("FunctionTool", o.decode(data, "$"))
}

func (o *FunctionTool) decode(data []byte, path string) error {
	var out FunctionTool
	r := readObject(data, path, "FunctionTool")
	readRequired(r, "type", &out.Type, (*FunctionToolType).decode)
	readRequired(r, "name", &out.Name, decodeString)
	readOptionalNullable(r, "description", &out.Description, decodeString)
	readRequired(r, "parameters", &out.Parameters, decodeNullable(decodeMap(decodeAny)))
	readOptionalNullable(r, "output_schema", &out.OutputSchema, decodeMap(decodeAny))
	readRequired(r, "strict", &out.Strict, decodeNullable(decodeBool))
	readOptional(r, "defer_loading", &out.DeferLoading, decodeBool)
	readOptionalNullable(r, "allowed_callers", &out.AllowedCallers, decodeArray((*CallableToolAllowedCaller).decode))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionTool) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("name", o.Name)
	w.valueIf(o.Description.IsSet(), "description", o.Description)
	w.value("parameters", o.Parameters)
	w.valueIf(o.OutputSchema.IsSet(), "output_schema", o.OutputSchema)
	w.value("strict", o.Strict)
	w.valueIf(o.DeferLoading != nil, "defer_loading", o.DeferLoading)
	w.valueIf(o.AllowedCallers.IsSet(), "allowed_callers", o.AllowedCallers)
	return w.finish(o.AdditionalProperties)
}

type FunctionToolType string

const (
	FunctionToolTypeFunction FunctionToolType = "function"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionToolType) ToPointer() *FunctionToolType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionToolType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionToolType", e.decode(data, "$"))
}

func (e *FunctionToolType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionToolType", FunctionToolTypeFunction)
}
