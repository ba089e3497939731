// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CustomToolCallOutputResource struct {
	Type      CustomToolCallOutputResourceType      `json:"type"`
	ID        string                                `json:"id"`
	CallID    string                                `json:"call_id"`
	Caller    OptionalNullable[ToolCallCallerParam] `json:"caller,omitempty"`
	Output    CustomToolCallOutputResourceOutput    `json:"output"`
	Status    FunctionCallOutputStatusEnum          `json:"status"`
	CreatedBy *string                               `json:"created_by,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that CustomToolCallOutputResource does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CustomToolCallOutputResource) GetType() CustomToolCallOutputResourceType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CustomToolCallOutputResource) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *CustomToolCallOutputResource) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *CustomToolCallOutputResource) GetCaller() OptionalNullable[ToolCallCallerParam] {
	if o == nil {
		return OptionalNullable[ToolCallCallerParam]{}
	}
	return o.Caller
}

func (o *CustomToolCallOutputResource) GetOutput() CustomToolCallOutputResourceOutput {
	if o == nil {
		return CustomToolCallOutputResourceOutput{}
	}
	return o.Output
}

func (o *CustomToolCallOutputResource) GetStatus() FunctionCallOutputStatusEnum {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *CustomToolCallOutputResource) GetCreatedBy() *string {
	if o == nil {
		return nil
	}
	return o.CreatedBy
}

func (o *CustomToolCallOutputResource) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CustomToolCallOutputResource) UnmarshalJSON(data []byte) error {
	return rooted("CustomToolCallOutputResource", o.decode(data, "$"))
}

func (o *CustomToolCallOutputResource) decode(data []byte, path string) error {
	var out CustomToolCallOutputResource
	r := readObject(data, path, "CustomToolCallOutputResource")
	readRequired(r, "type", &out.Type, (*CustomToolCallOutputResourceType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCallerParam).decode)
	readRequired(r, "output", &out.Output, (*CustomToolCallOutputResourceOutput).decode)
	readRequired(r, "status", &out.Status, (*FunctionCallOutputStatusEnum).decode)
	readOptional(r, "created_by", &out.CreatedBy, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CustomToolCallOutputResource) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.value("output", o.Output)
	w.value("status", o.Status)
	w.valueIf(o.CreatedBy != nil, "created_by", o.CreatedBy)
	return w.finish(o.AdditionalProperties)
}

type CustomToolCallOutputResourceType string

const (
	CustomToolCallOutputResourceTypeCustomToolCallOutput CustomToolCallOutputResourceType = "custom_tool_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e CustomToolCallOutputResourceType) ToPointer() *CustomToolCallOutputResourceType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CustomToolCallOutputResourceType) UnmarshalJSON(data []byte) error {
	return rooted("CustomToolCallOutputResourceType", e.decode(data, "$"))
}

func (e *CustomToolCallOutputResourceType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CustomToolCallOutputResourceType", CustomToolCallOutputResourceTypeCustomToolCallOutput)
}

type CustomToolCallOutputResourceOutput struct {
	Str                                    *string
	ArrayOfFunctionAndCustomToolCallOutput []FunctionAndCustomToolCallOutput

	// Type names the alternative held.
	Type CustomToolCallOutputResourceOutputType
}

// CustomToolCallOutputResourceOutputType names the alternatives of CustomToolCallOutputResourceOutput.
type CustomToolCallOutputResourceOutputType string

const (
	CustomToolCallOutputResourceOutputTypeStr                                    CustomToolCallOutputResourceOutputType = "str"
	CustomToolCallOutputResourceOutputTypeArrayOfFunctionAndCustomToolCallOutput CustomToolCallOutputResourceOutputType = "arrayOfFunctionAndCustomToolCallOutput"
)

// ToPointer returns a pointer to a copy of e.
func (e CustomToolCallOutputResourceOutputType) ToPointer() *CustomToolCallOutputResourceOutputType {
	return &e
}

// CreateCustomToolCallOutputResourceOutputStr wraps v in the union.
func CreateCustomToolCallOutputResourceOutputStr(v string) CustomToolCallOutputResourceOutput {
	return CustomToolCallOutputResourceOutput{Str: &v, Type: CustomToolCallOutputResourceOutputTypeStr}
}

// CreateCustomToolCallOutputResourceOutputArrayOfFunctionAndCustomToolCallOutput wraps v in the union.
func CreateCustomToolCallOutputResourceOutputArrayOfFunctionAndCustomToolCallOutput(v []FunctionAndCustomToolCallOutput) CustomToolCallOutputResourceOutput {
	return CustomToolCallOutputResourceOutput{ArrayOfFunctionAndCustomToolCallOutput: v, Type: CustomToolCallOutputResourceOutputTypeArrayOfFunctionAndCustomToolCallOutput}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *CustomToolCallOutputResourceOutput) UnmarshalJSON(data []byte) error {
	return rooted("CustomToolCallOutputResourceOutput", u.decode(data, "$"))
}

func (u *CustomToolCallOutputResourceOutput) decode(data []byte, path string) error {
	var v1 string
	if decodeString(&v1, data, path) == nil {
		*u = CreateCustomToolCallOutputResourceOutputStr(v1)
		return nil
	}
	var v2 []FunctionAndCustomToolCallOutput
	if decodeArray((*FunctionAndCustomToolCallOutput).decode)(&v2, data, path) == nil {
		*u = CreateCustomToolCallOutputResourceOutputArrayOfFunctionAndCustomToolCallOutput(v2)
		return nil
	}
	return &DecodeError{Type: "CustomToolCallOutputResourceOutput", Path: path, Expected: "one of: a string, an array of FunctionAndCustomToolCallOutput values", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u CustomToolCallOutputResourceOutput) MarshalJSON() ([]byte, error) {
	switch {
	case u.Str != nil:
		return marshal(u.Str)
	case u.ArrayOfFunctionAndCustomToolCallOutput != nil:
		return marshal(u.ArrayOfFunctionAndCustomToolCallOutput)
	}
	return nil, noMember("CustomToolCallOutputResourceOutput")
}
