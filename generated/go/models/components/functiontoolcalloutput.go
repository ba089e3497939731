// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionToolCallOutput struct {
	ID        *string                               `json:"id,omitempty"`
	Type      FunctionToolCallOutputType            `json:"type"`
	CallID    *string                               `json:"call_id,omitempty"`
	Name      *string                               `json:"name,omitempty"`
	Namespace *string                               `json:"namespace,omitempty"`
	Caller    OptionalNullable[ToolCallCallerParam] `json:"caller,omitempty"`
	Output    FunctionToolCallOutputOutput          `json:"output"`
	Status    *FunctionToolCallOutputStatus         `json:"status,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FunctionToolCallOutput does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionToolCallOutput) GetID() *string {
	if o == nil {
		return nil
	}
	return o.ID
}

func (o *FunctionToolCallOutput) GetType() FunctionToolCallOutputType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionToolCallOutput) GetCallID() *string {
	if o == nil {
		return nil
	}
	return o.CallID
}

func (o *FunctionToolCallOutput) GetName() *string {
	if o == nil {
		return nil
	}
	return o.Name
}

func (o *FunctionToolCallOutput) GetNamespace() *string {
	if o == nil {
		return nil
	}
	return o.Namespace
}

func (o *FunctionToolCallOutput) GetCaller() OptionalNullable[ToolCallCallerParam] {
	if o == nil {
		return OptionalNullable[ToolCallCallerParam]{}
	}
	return o.Caller
}

func (o *FunctionToolCallOutput) GetOutput() FunctionToolCallOutputOutput {
	if o == nil {
		return FunctionToolCallOutputOutput{}
	}
	return o.Output
}

func (o *FunctionToolCallOutput) GetStatus() *FunctionToolCallOutputStatus {
	if o == nil {
		return nil
	}
	return o.Status
}

func (o *FunctionToolCallOutput) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionToolCallOutput) UnmarshalJSON(data []byte) error {
	return rooted("FunctionToolCallOutput", o.decode(data, "$"))
}

func (o *FunctionToolCallOutput) decode(data []byte, path string) error {
	var out FunctionToolCallOutput
	r := readObject(data, path, "FunctionToolCallOutput")
	readOptional(r, "id", &out.ID, decodeString)
	readRequired(r, "type", &out.Type, (*FunctionToolCallOutputType).decode)
	readOptional(r, "call_id", &out.CallID, decodeString)
	readOptional(r, "name", &out.Name, decodeString)
	readOptional(r, "namespace", &out.Namespace, decodeString)
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCallerParam).decode)
	readRequired(r, "output", &out.Output, (*FunctionToolCallOutputOutput).decode)
	readOptional(r, "status", &out.Status, (*FunctionToolCallOutputStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionToolCallOutput) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.ID != nil, "id", o.ID)
	w.value("type", o.Type)
	w.valueIf(o.CallID != nil, "call_id", o.CallID)
	w.valueIf(o.Name != nil, "name", o.Name)
	w.valueIf(o.Namespace != nil, "namespace", o.Namespace)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.value("output", o.Output)
	w.valueIf(o.Status != nil, "status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type FunctionToolCallOutputType string

const (
	FunctionToolCallOutputTypeFunctionCallOutput FunctionToolCallOutputType = "function_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionToolCallOutputType) ToPointer() *FunctionToolCallOutputType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionToolCallOutputType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionToolCallOutputType", e.decode(data, "$"))
}

func (e *FunctionToolCallOutputType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionToolCallOutputType", FunctionToolCallOutputTypeFunctionCallOutput)
}

type FunctionToolCallOutputOutput struct {
	Str                                    *string
	ArrayOfFunctionAndCustomToolCallOutput []FunctionAndCustomToolCallOutput

	// Type names the alternative held.
	Type FunctionToolCallOutputOutputType
}

// FunctionToolCallOutputOutputType names the alternatives of FunctionToolCallOutputOutput.
type FunctionToolCallOutputOutputType string

const (
	FunctionToolCallOutputOutputTypeStr                                    FunctionToolCallOutputOutputType = "str"
	FunctionToolCallOutputOutputTypeArrayOfFunctionAndCustomToolCallOutput FunctionToolCallOutputOutputType = "arrayOfFunctionAndCustomToolCallOutput"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionToolCallOutputOutputType) ToPointer() *FunctionToolCallOutputOutputType {
	return &e
}

// CreateFunctionToolCallOutputOutputStr wraps v in the union.
func CreateFunctionToolCallOutputOutputStr(v string) FunctionToolCallOutputOutput {
	return FunctionToolCallOutputOutput{Str: &v, Type: FunctionToolCallOutputOutputTypeStr}
}

// CreateFunctionToolCallOutputOutputArrayOfFunctionAndCustomToolCallOutput wraps v in the union.
func CreateFunctionToolCallOutputOutputArrayOfFunctionAndCustomToolCallOutput(v []FunctionAndCustomToolCallOutput) FunctionToolCallOutputOutput {
	return FunctionToolCallOutputOutput{ArrayOfFunctionAndCustomToolCallOutput: v, Type: FunctionToolCallOutputOutputTypeArrayOfFunctionAndCustomToolCallOutput}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *FunctionToolCallOutputOutput) UnmarshalJSON(data []byte) error {
	return rooted("FunctionToolCallOutputOutput", u.decode(data, "$"))
}

func (u *FunctionToolCallOutputOutput) decode(data []byte, path string) error {
	var v1 string
	if decodeString(&v1, data, path) == nil {
		*u = CreateFunctionToolCallOutputOutputStr(v1)
		return nil
	}
	var v2 []FunctionAndCustomToolCallOutput
	if decodeArray((*FunctionAndCustomToolCallOutput).decode)(&v2, data, path) == nil {
		*u = CreateFunctionToolCallOutputOutputArrayOfFunctionAndCustomToolCallOutput(v2)
		return nil
	}
	return &DecodeError{Type: "FunctionToolCallOutputOutput", Path: path, Expected: "one of: a string, an array of FunctionAndCustomToolCallOutput values", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u FunctionToolCallOutputOutput) MarshalJSON() ([]byte, error) {
	switch {
	case u.Str != nil:
		return marshal(u.Str)
	case u.ArrayOfFunctionAndCustomToolCallOutput != nil:
		return marshal(u.ArrayOfFunctionAndCustomToolCallOutput)
	}
	return nil, noMember("FunctionToolCallOutputOutput")
}

type FunctionToolCallOutputStatus string

const (
	FunctionToolCallOutputStatusInProgress FunctionToolCallOutputStatus = "in_progress"
	FunctionToolCallOutputStatusCompleted  FunctionToolCallOutputStatus = "completed"
	FunctionToolCallOutputStatusIncomplete FunctionToolCallOutputStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionToolCallOutputStatus) ToPointer() *FunctionToolCallOutputStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionToolCallOutputStatus) UnmarshalJSON(data []byte) error {
	return rooted("FunctionToolCallOutputStatus", e.decode(data, "$"))
}

func (e *FunctionToolCallOutputStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionToolCallOutputStatus", FunctionToolCallOutputStatusInProgress, FunctionToolCallOutputStatusCompleted, FunctionToolCallOutputStatusIncomplete)
}
