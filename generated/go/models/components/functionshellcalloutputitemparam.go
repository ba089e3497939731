// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellCallOutputItemParam struct {
	ID              OptionalNullable[string]                      `json:"id,omitempty"`
	CallID          string                                        `json:"call_id"`
	Caller          OptionalNullable[ToolCallCallerParam]         `json:"caller,omitempty"`
	Type            FunctionShellCallOutputItemParamType          `json:"type"`
	Output          []FunctionShellCallOutputContentParam         `json:"output"`
	Status          OptionalNullable[FunctionShellCallItemStatus] `json:"status,omitempty"`
	MaxOutputLength OptionalNullable[float64]                     `json:"max_output_length,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FunctionShellCallOutputItemParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionShellCallOutputItemParam) GetID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ID
}

func (o *FunctionShellCallOutputItemParam) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *FunctionShellCallOutputItemParam) GetCaller() OptionalNullable[ToolCallCallerParam] {
	if o == nil {
		return OptionalNullable[ToolCallCallerParam]{}
	}
	return o.Caller
}

func (o *FunctionShellCallOutputItemParam) GetType() FunctionShellCallOutputItemParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionShellCallOutputItemParam) GetOutput() []FunctionShellCallOutputContentParam {
	if o == nil {
		return nil
	}
	return o.Output
}

func (o *FunctionShellCallOutputItemParam) GetStatus() OptionalNullable[FunctionShellCallItemStatus] {
	if o == nil {
		return OptionalNullable[FunctionShellCallItemStatus]{}
	}
	return o.Status
}

func (o *FunctionShellCallOutputItemParam) GetMaxOutputLength() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.MaxOutputLength
}

func (o *FunctionShellCallOutputItemParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionShellCallOutputItemParam) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputItemParam", o.decode(data, "$"))
}

func (o *FunctionShellCallOutputItemParam) decode(data []byte, path string) error {
	var out FunctionShellCallOutputItemParam
	r := readObject(data, path, "FunctionShellCallOutputItemParam")
	readOptionalNullable(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 64}))
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCallerParam).decode)
	readRequired(r, "type", &out.Type, (*FunctionShellCallOutputItemParamType).decode)
	readRequired(r, "output", &out.Output, decodeArray((*FunctionShellCallOutputContentParam).decode))
	readOptionalNullable(r, "status", &out.Status, (*FunctionShellCallItemStatus).decode)
	readOptionalNullable(r, "max_output_length", &out.MaxOutputLength, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionShellCallOutputItemParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.ID.IsSet(), "id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.value("type", o.Type)
	w.value("output", o.Output)
	w.valueIf(o.Status.IsSet(), "status", o.Status)
	w.valueIf(o.MaxOutputLength.IsSet(), "max_output_length", o.MaxOutputLength)
	return w.finish(o.AdditionalProperties)
}

type FunctionShellCallOutputItemParamType string

const (
	FunctionShellCallOutputItemParamTypeShellCallOutput FunctionShellCallOutputItemParamType = "shell_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallOutputItemParamType) ToPointer() *FunctionShellCallOutputItemParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionShellCallOutputItemParamType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputItemParamType", e.decode(data, "$"))
}

func (e *FunctionShellCallOutputItemParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionShellCallOutputItemParamType", FunctionShellCallOutputItemParamTypeShellCallOutput)
}
