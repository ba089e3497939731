// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionToolCallOutputResource struct {
	ID        string                                `json:"id"`
	Type      FunctionToolCallOutputResourceType    `json:"type"`
	CallID    *string                               `json:"call_id,omitempty"`
	Name      *string                               `json:"name,omitempty"`
	Namespace *string                               `json:"namespace,omitempty"`
	Caller    OptionalNullable[ToolCallCallerParam] `json:"caller,omitempty"`
	Output    FunctionToolCallOutputResourceOutput  `json:"output"`
	Status    FunctionCallOutputStatusEnum          `json:"status"`
	CreatedBy *string                               `json:"created_by,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FunctionToolCallOutputResource does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionToolCallOutputResource) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *FunctionToolCallOutputResource) GetType() FunctionToolCallOutputResourceType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionToolCallOutputResource) GetCallID() *string {
	if o == nil {
		return nil
	}
	return o.CallID
}

func (o *FunctionToolCallOutputResource) GetName() *string {
	if o == nil {
		return nil
	}
	return o.Name
}

func (o *FunctionToolCallOutputResource) GetNamespace() *string {
	if o == nil {
		return nil
	}
	return o.Namespace
}

func (o *FunctionToolCallOutputResource) GetCaller() OptionalNullable[ToolCallCallerParam] {
	if o == nil {
		return OptionalNullable[ToolCallCallerParam]{}
	}
	return o.Caller
}

func (o *FunctionToolCallOutputResource) GetOutput() FunctionToolCallOutputResourceOutput {
	if o == nil {
		return FunctionToolCallOutputResourceOutput{}
	}
	return o.Output
}

func (o *FunctionToolCallOutputResource) GetStatus() FunctionCallOutputStatusEnum {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *FunctionToolCallOutputResource) GetCreatedBy() *string {
	if o == nil {
		return nil
	}
	return o.CreatedBy
}

func (o *FunctionToolCallOutputResource) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionToolCallOutputResource) UnmarshalJSON(data []byte) error {
	return rooted("FunctionToolCallOutputResource", o.decode(data, "$"))
}

func (o *FunctionToolCallOutputResource) decode(data []byte, path string) error {
	var out FunctionToolCallOutputResource
	r := readObject(data, path, "FunctionToolCallOutputResource")
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "type", &out.Type, (*FunctionToolCallOutputResourceType).decode)
	readOptional(r, "call_id", &out.CallID, decodeString)
	readOptional(r, "name", &out.Name, decodeString)
	readOptional(r, "namespace", &out.Namespace, decodeString)
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCallerParam).decode)
	readRequired(r, "output", &out.Output, (*FunctionToolCallOutputResourceOutput).decode)
	readRequired(r, "status", &out.Status, (*FunctionCallOutputStatusEnum).decode)
	readOptional(r, "created_by", &out.CreatedBy, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionToolCallOutputResource) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("id", o.ID)
	w.value("type", o.Type)
	w.valueIf(o.CallID != nil, "call_id", o.CallID)
	w.valueIf(o.Name != nil, "name", o.Name)
	w.valueIf(o.Namespace != nil, "namespace", o.Namespace)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.value("output", o.Output)
	w.value("status", o.Status)
	w.valueIf(o.CreatedBy != nil, "created_by", o.CreatedBy)
	return w.finish(o.AdditionalProperties)
}

type FunctionToolCallOutputResourceType string

const (
	FunctionToolCallOutputResourceTypeFunctionCallOutput FunctionToolCallOutputResourceType = "function_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionToolCallOutputResourceType) ToPointer() *FunctionToolCallOutputResourceType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionToolCallOutputResourceType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionToolCallOutputResourceType", e.decode(data, "$"))
}

func (e *FunctionToolCallOutputResourceType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionToolCallOutputResourceType", FunctionToolCallOutputResourceTypeFunctionCallOutput)
}

type FunctionToolCallOutputResourceOutput struct {
	Str                                    *string
	ArrayOfFunctionAndCustomToolCallOutput []FunctionAndCustomToolCallOutput

	// Type names the alternative held.
	Type FunctionToolCallOutputResourceOutputType
}

// FunctionToolCallOutputResourceOutputType names the alternatives of FunctionToolCallOutputResourceOutput.
type FunctionToolCallOutputResourceOutputType string

const (
	FunctionToolCallOutputResourceOutputTypeStr                                    FunctionToolCallOutputResourceOutputType = "str"
	FunctionToolCallOutputResourceOutputTypeArrayOfFunctionAndCustomToolCallOutput FunctionToolCallOutputResourceOutputType = "arrayOfFunctionAndCustomToolCallOutput"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionToolCallOutputResourceOutputType) ToPointer() *FunctionToolCallOutputResourceOutputType {
	return &e
}

// CreateFunctionToolCallOutputResourceOutputStr wraps v in the union.
func CreateFunctionToolCallOutputResourceOutputStr(v string) FunctionToolCallOutputResourceOutput {
	return FunctionToolCallOutputResourceOutput{Str: &v, Type: FunctionToolCallOutputResourceOutputTypeStr}
}

// CreateFunctionToolCallOutputResourceOutputArrayOfFunctionAndCustomToolCallOutput wraps v in the union.
func CreateFunctionToolCallOutputResourceOutputArrayOfFunctionAndCustomToolCallOutput(v []FunctionAndCustomToolCallOutput) FunctionToolCallOutputResourceOutput {
	return FunctionToolCallOutputResourceOutput{ArrayOfFunctionAndCustomToolCallOutput: v, Type: FunctionToolCallOutputResourceOutputTypeArrayOfFunctionAndCustomToolCallOutput}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *FunctionToolCallOutputResourceOutput) UnmarshalJSON(data []byte) error {
	return rooted("FunctionToolCallOutputResourceOutput", u.decode(data, "$"))
}

func (u *FunctionToolCallOutputResourceOutput) decode(data []byte, path string) error {
	var v1 string
	if decodeString(&v1, data, path) == nil {
		*u = CreateFunctionToolCallOutputResourceOutputStr(v1)
		return nil
	}
	var v2 []FunctionAndCustomToolCallOutput
	if decodeArray((*FunctionAndCustomToolCallOutput).decode)(&v2, data, path) == nil {
		*u = CreateFunctionToolCallOutputResourceOutputArrayOfFunctionAndCustomToolCallOutput(v2)
		return nil
	}
	return &DecodeError{Type: "FunctionToolCallOutputResourceOutput", Path: path, Expected: "one of: a string, an array of FunctionAndCustomToolCallOutput values", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u FunctionToolCallOutputResourceOutput) MarshalJSON() ([]byte, error) {
	switch {
	case u.Str != nil:
		return marshal(u.Str)
	case u.ArrayOfFunctionAndCustomToolCallOutput != nil:
		return marshal(u.ArrayOfFunctionAndCustomToolCallOutput)
	}
	return nil, noMember("FunctionToolCallOutputResourceOutput")
}
