// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellCallOutput struct {
	Type            FunctionShellCallOutputType       `json:"type"`
	ID              string                            `json:"id"`
	CallID          string                            `json:"call_id"`
	Caller          OptionalNullable[ToolCallCaller]  `json:"caller,omitempty"`
	Status          FunctionShellCallOutputStatusEnum `json:"status"`
	Output          []FunctionShellCallOutputContent  `json:"output"`
	MaxOutputLength *float64                          `json:"max_output_length"`
	CreatedBy       *string                           `json:"created_by,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FunctionShellCallOutput does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionShellCallOutput) GetType() FunctionShellCallOutputType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionShellCallOutput) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *FunctionShellCallOutput) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *FunctionShellCallOutput) GetCaller() OptionalNullable[ToolCallCaller] {
	if o == nil {
		return OptionalNullable[ToolCallCaller]{}
	}
	return o.Caller
}

func (o *FunctionShellCallOutput) GetStatus() FunctionShellCallOutputStatusEnum {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *FunctionShellCallOutput) GetOutput() []FunctionShellCallOutputContent {
	if o == nil {
		return nil
	}
	return o.Output
}

func (o *FunctionShellCallOutput) GetMaxOutputLength() *float64 {
	if o == nil {
		return nil
	}
	return o.MaxOutputLength
}

func (o *FunctionShellCallOutput) GetCreatedBy() *string {
	if o == nil {
		return nil
	}
	return o.CreatedBy
}

func (o *FunctionShellCallOutput) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionShellCallOutput) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutput", o.decode(data, "$"))
}

func (o *FunctionShellCallOutput) decode(data []byte, path string) error {
	var out FunctionShellCallOutput
	r := readObject(data, path, "FunctionShellCallOutput")
	readRequired(r, "type", &out.Type, (*FunctionShellCallOutputType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCaller).decode)
	readRequired(r, "status", &out.Status, (*FunctionShellCallOutputStatusEnum).decode)
	readRequired(r, "output", &out.Output, decodeArray((*FunctionShellCallOutputContent).decode))
	readRequired(r, "max_output_length", &out.MaxOutputLength, decodeNullable(decodeInteger))
	readOptional(r, "created_by", &out.CreatedBy, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionShellCallOutput) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.value("status", o.Status)
	w.value("output", o.Output)
	w.value("max_output_length", o.MaxOutputLength)
	w.valueIf(o.CreatedBy != nil, "created_by", o.CreatedBy)
	return w.finish(o.AdditionalProperties)
}

type FunctionShellCallOutputType string

const (
	FunctionShellCallOutputTypeShellCallOutput FunctionShellCallOutputType = "shell_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallOutputType) ToPointer() *FunctionShellCallOutputType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionShellCallOutputType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputType", e.decode(data, "$"))
}

func (e *FunctionShellCallOutputType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionShellCallOutputType", FunctionShellCallOutputTypeShellCallOutput)
}
