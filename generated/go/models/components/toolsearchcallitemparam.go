// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ToolSearchCallItemParam struct {
	ID        OptionalNullable[string]                 `json:"id,omitempty"`
	CallID    OptionalNullable[string]                 `json:"call_id,omitempty"`
	Type      ToolSearchCallItemParamType              `json:"type"`
	Execution *ToolSearchExecutionType                 `json:"execution,omitempty"`
	Arguments EmptyModelParam                          `json:"arguments"`
	Status    OptionalNullable[FunctionCallItemStatus] `json:"status,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ToolSearchCallItemParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ToolSearchCallItemParam) GetID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ID
}

func (o *ToolSearchCallItemParam) GetCallID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.CallID
}

func (o *ToolSearchCallItemParam) GetType() ToolSearchCallItemParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ToolSearchCallItemParam) GetExecution() *ToolSearchExecutionType {
	if o == nil {
		return nil
	}
	return o.Execution
}

func (o *ToolSearchCallItemParam) GetArguments() EmptyModelParam {
	if o == nil {
		return EmptyModelParam{}
	}
	return o.Arguments
}

func (o *ToolSearchCallItemParam) GetStatus() OptionalNullable[FunctionCallItemStatus] {
	if o == nil {
		return OptionalNullable[FunctionCallItemStatus]{}
	}
	return o.Status
}

func (o *ToolSearchCallItemParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ToolSearchCallItemParam) UnmarshalJSON(data []byte) error {
	return rooted("ToolSearchCallItemParam", o.decode(data, "$"))
}

func (o *ToolSearchCallItemParam) decode(data []byte, path string) error {
	var out ToolSearchCallItemParam
	r := readObject(data, path, "ToolSearchCallItemParam")
	readOptionalNullable(r, "id", &out.ID, decodeString)
	readOptionalNullable(r, "call_id", &out.CallID, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 64}))
	readRequired(r, "type", &out.Type, (*ToolSearchCallItemParamType).decode)
	readOptional(r, "execution", &out.Execution, (*ToolSearchExecutionType).decode)
	readRequired(r, "arguments", &out.Arguments, (*EmptyModelParam).decode)
	readOptionalNullable(r, "status", &out.Status, (*FunctionCallItemStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ToolSearchCallItemParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.ID.IsSet(), "id", o.ID)
	w.valueIf(o.CallID.IsSet(), "call_id", o.CallID)
	w.value("type", o.Type)
	w.valueIf(o.Execution != nil, "execution", o.Execution)
	w.value("arguments", o.Arguments)
	w.valueIf(o.Status.IsSet(), "status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type ToolSearchCallItemParamType string

const (
	ToolSearchCallItemParamTypeToolSearchCall ToolSearchCallItemParamType = "tool_search_call"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolSearchCallItemParamType) ToPointer() *ToolSearchCallItemParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ToolSearchCallItemParamType) UnmarshalJSON(data []byte) error {
	return rooted("ToolSearchCallItemParamType", e.decode(data, "$"))
}

func (e *ToolSearchCallItemParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ToolSearchCallItemParamType", ToolSearchCallItemParamTypeToolSearchCall)
}
