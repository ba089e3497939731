// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CustomToolCallOutput struct {
	Type   CustomToolCallOutputType              `json:"type"`
	ID     *string                               `json:"id,omitempty"`
	CallID string                                `json:"call_id"`
	Caller OptionalNullable[ToolCallCallerParam] `json:"caller,omitempty"`
	Output CustomToolCallOutputOutput            `json:"output"`
	// AdditionalProperties holds the fields of the JSON object that CustomToolCallOutput does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CustomToolCallOutput) GetType() CustomToolCallOutputType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CustomToolCallOutput) GetID() *string {
	if o == nil {
		return nil
	}
	return o.ID
}

func (o *CustomToolCallOutput) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *CustomToolCallOutput) GetCaller() OptionalNullable[ToolCallCallerParam] {
	if o == nil {
		return OptionalNullable[ToolCallCallerParam]{}
	}
	return o.Caller
}

func (o *CustomToolCallOutput) GetOutput() CustomToolCallOutputOutput {
	if o == nil {
		return CustomToolCallOutputOutput{}
	}
	return o.Output
}

func (o *CustomToolCallOutput) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CustomToolCallOutput) UnmarshalJSON(data []byte) error {
	return rooted("CustomToolCallOutput", o.decode(data, "$"))
}

func (o *CustomToolCallOutput) decode(data []byte, path string) error {
	var out CustomToolCallOutput
	r := readObject(data, path, "CustomToolCallOutput")
	readRequired(r, "type", &out.Type, (*CustomToolCallOutputType).decode)
	readOptional(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCallerParam).decode)
	readRequired(r, "output", &out.Output, (*CustomToolCallOutputOutput).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CustomToolCallOutput) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.ID != nil, "id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.value("output", o.Output)
	return w.finish(o.AdditionalProperties)
}

type CustomToolCallOutputType string

const (
	CustomToolCallOutputTypeCustomToolCallOutput CustomToolCallOutputType = "custom_tool_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e CustomToolCallOutputType) ToPointer() *CustomToolCallOutputType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CustomToolCallOutputType) UnmarshalJSON(data []byte) error {
	return rooted("CustomToolCallOutputType", e.decode(data, "$"))
}

func (e *CustomToolCallOutputType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CustomToolCallOutputType", CustomToolCallOutputTypeCustomToolCallOutput)
}

type CustomToolCallOutputOutput struct {
	Str                                    *string
	ArrayOfFunctionAndCustomToolCallOutput []FunctionAndCustomToolCallOutput

	// Type names the alternative held.
	Type CustomToolCallOutputOutputType
}

// CustomToolCallOutputOutputType names the alternatives of CustomToolCallOutputOutput.
type CustomToolCallOutputOutputType string

const (
	CustomToolCallOutputOutputTypeStr                                    CustomToolCallOutputOutputType = "str"
	CustomToolCallOutputOutputTypeArrayOfFunctionAndCustomToolCallOutput CustomToolCallOutputOutputType = "arrayOfFunctionAndCustomToolCallOutput"
)

// ToPointer returns a pointer to a copy of e.
func (e CustomToolCallOutputOutputType) ToPointer() *CustomToolCallOutputOutputType {
	return &e
}

// CreateCustomToolCallOutputOutputStr wraps v in the union.
func CreateCustomToolCallOutputOutputStr(v string) CustomToolCallOutputOutput {
	return CustomToolCallOutputOutput{Str: &v, Type: CustomToolCallOutputOutputTypeStr}
}

// CreateCustomToolCallOutputOutputArrayOfFunctionAndCustomToolCallOutput wraps v in the union.
func CreateCustomToolCallOutputOutputArrayOfFunctionAndCustomToolCallOutput(v []FunctionAndCustomToolCallOutput) CustomToolCallOutputOutput {
	return CustomToolCallOutputOutput{ArrayOfFunctionAndCustomToolCallOutput: v, Type: CustomToolCallOutputOutputTypeArrayOfFunctionAndCustomToolCallOutput}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *CustomToolCallOutputOutput) UnmarshalJSON(data []byte) error {
	return rooted("CustomToolCallOutputOutput", u.decode(data, "$"))
}

func (u *CustomToolCallOutputOutput) decode(data []byte, path string) error {
	var v1 string
	if decodeString(&v1, data, path) == nil {
		*u = CreateCustomToolCallOutputOutputStr(v1)
		return nil
	}
	var v2 []FunctionAndCustomToolCallOutput
	if decodeArray((*FunctionAndCustomToolCallOutput).decode)(&v2, data, path) == nil {
		*u = CreateCustomToolCallOutputOutputArrayOfFunctionAndCustomToolCallOutput(v2)
		return nil
	}
	return &DecodeError{Type: "CustomToolCallOutputOutput", Path: path, Expected: "one of: a string, an array of FunctionAndCustomToolCallOutput values", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u CustomToolCallOutputOutput) MarshalJSON() ([]byte, error) {
	switch {
	case u.Str != nil:
		return marshal(u.Str)
	case u.ArrayOfFunctionAndCustomToolCallOutput != nil:
		return marshal(u.ArrayOfFunctionAndCustomToolCallOutput)
	}
	return nil, noMember("CustomToolCallOutputOutput")
}
