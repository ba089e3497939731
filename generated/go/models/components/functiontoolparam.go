// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionToolParam struct {
	Name           string                                        `json:"name"`
	Description    OptionalNullable[string]                      `json:"description,omitempty"`
	Parameters     OptionalNullable[EmptyModelParam]             `json:"parameters,omitempty"`
	Strict         OptionalNullable[bool]                        `json:"strict,omitempty"`
	Type           FunctionToolParamType                         `json:"type"`
	OutputSchema   OptionalNullable[map[string]any]              `json:"output_schema,omitempty"`
	DeferLoading   *bool                                         `json:"defer_loading,omitempty"`
	AllowedCallers OptionalNullable[[]CallableToolAllowedCaller] `json:"allowed_callers,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FunctionToolParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionToolParam) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *FunctionToolParam) GetDescription() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Description
}

func (o *FunctionToolParam) GetParameters() OptionalNullable[EmptyModelParam] {
	if o == nil {
		return OptionalNullable[EmptyModelParam]{}
	}
	return o.Parameters
}

func (o *FunctionToolParam) GetStrict() OptionalNullable[bool] {
	if o == nil {
		return OptionalNullable[bool]{}
	}
	return o.Strict
}

func (o *FunctionToolParam) GetType() FunctionToolParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionToolParam) GetOutputSchema() OptionalNullable[map[string]any] {
	if o == nil {
		return OptionalNullable[map[string]any]{}
	}
	return o.OutputSchema
}

func (o *FunctionToolParam) GetDeferLoading() *bool {
	if o == nil {
		return nil
	}
	return o.DeferLoading
}

func (o *FunctionToolParam) GetAllowedCallers() OptionalNullable[[]CallableToolAllowedCaller] {
	if o == nil {
		return OptionalNullable[[]CallableToolAllowedCaller]{}
	}
	return o.AllowedCallers
}

func (o *FunctionToolParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionToolParam) UnmarshalJSON(data []byte) error {
	return rooted("FunctionToolParam", o.decode(data, "$"))
}

func (o *FunctionToolParam) decode(data []byte, path string) error {
	var out FunctionToolParam
	r := readObject(data, path, "FunctionToolParam")
	readRequired(r, "name", &out.Name, sized(matching(decodeString, "^[a-zA-Z0-9_\\-]+$", "^[a-zA-Z0-9_-]+$"), limits{hasMin: true, min: 1, hasMax: true, max: 128}))
	readOptionalNullable(r, "description", &out.Description, decodeString)
	readOptionalNullable(r, "parameters", &out.Parameters, (*EmptyModelParam).decode)
	readOptionalNullable(r, "strict", &out.Strict, decodeBool)
	readRequired(r, "type", &out.Type, (*FunctionToolParamType).decode)
	readOptionalNullable(r, "output_schema", &out.OutputSchema, decodeMap(decodeAny))
	readOptional(r, "defer_loading", &out.DeferLoading, decodeBool)
	readOptionalNullable(r, "allowed_callers", &out.AllowedCallers, counted(decodeArray((*CallableToolAllowedCaller).decode), limits{hasMin: true, min: 1}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionToolParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("name", o.Name)
	w.valueIf(o.Description.IsSet(), "description", o.Description)
	w.valueIf(o.Parameters.IsSet(), "parameters", o.Parameters)
	w.valueIf(o.Strict.IsSet(), "strict", o.Strict)
	w.value("type", o.Type)
	w.valueIf(o.OutputSchema.IsSet(), "output_schema", o.OutputSchema)
	w.valueIf(o.DeferLoading != nil, "defer_loading", o.DeferLoading)
	w.valueIf(o.AllowedCallers.IsSet(), "allowed_callers", o.AllowedCallers)
	return w.finish(o.AdditionalProperties)
}

type FunctionToolParamType string

const (
	FunctionToolParamTypeFunction FunctionToolParamType = "function"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionToolParamType) ToPointer() *FunctionToolParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionToolParamType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionToolParamType", e.decode(data, "$"))
}

func (e *FunctionToolParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionToolParamType", FunctionToolParamTypeFunction)
}
