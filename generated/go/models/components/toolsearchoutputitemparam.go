// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ToolSearchOutputItemParam struct {
	ID        OptionalNullable[string]                 `json:"id,omitempty"`
	CallID    OptionalNullable[string]                 `json:"call_id,omitempty"`
	Type      ToolSearchOutputItemParamType            `json:"type"`
	Execution *ToolSearchExecutionType                 `json:"execution,omitempty"`
	Tools     []Tool                                   `json:"tools"`
	Status    OptionalNullable[FunctionCallItemStatus] `json:"status,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ToolSearchOutputItemParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ToolSearchOutputItemParam) GetID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ID
}

func (o *ToolSearchOutputItemParam) GetCallID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.CallID
}

func (o *ToolSearchOutputItemParam) GetType() ToolSearchOutputItemParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ToolSearchOutputItemParam) GetExecution() *ToolSearchExecutionType {
	if o == nil {
		return nil
	}
	return o.Execution
}

func (o *ToolSearchOutputItemParam) GetTools() []Tool {
	if o == nil {
		return nil
	}
	return o.Tools
}

func (o *ToolSearchOutputItemParam) GetStatus() OptionalNullable[FunctionCallItemStatus] {
	if o == nil {
		return OptionalNullable[FunctionCallItemStatus]{}
	}
	return o.Status
}

func (o *ToolSearchOutputItemParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ToolSearchOutputItemParam) UnmarshalJSON(data []byte) error {
	return rooted("ToolSearchOutputItemParam", o.decode(data, "$"))
}

func (o *ToolSearchOutputItemParam) decode(data []byte, path string) error {
	var out ToolSearchOutputItemParam
	r := readObject(data, path, "ToolSearchOutputItemParam")
	readOptionalNullable(r, "id", &out.ID, decodeString)
	readOptionalNullable(r, "call_id", &out.CallID, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 64}))
	readRequired(r, "type", &out.Type, (*ToolSearchOutputItemParamType).decode)
	readOptional(r, "execution", &out.Execution, (*ToolSearchExecutionType).decode)
	readRequired(r, "tools", &out.Tools, decodeArray((*Tool).decode))
	readOptionalNullable(r, "status", &out.Status, (*FunctionCallItemStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ToolSearchOutputItemParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.ID.IsSet(), "id", o.ID)
	w.valueIf(o.CallID.IsSet(), "call_id", o.CallID)
	w.value("type", o.Type)
	w.valueIf(o.Execution != nil, "execution", o.Execution)
	w.value("tools", o.Tools)
	w.valueIf(o.Status.IsSet(), "status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type ToolSearchOutputItemParamType string

const (
	ToolSearchOutputItemParamTypeToolSearchOutput ToolSearchOutputItemParamType = "tool_search_output"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolSearchOutputItemParamType) ToPointer() *ToolSearchOutputItemParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ToolSearchOutputItemParamType) UnmarshalJSON(data []byte) error {
	return rooted("ToolSearchOutputItemParamType", e.decode(data, "$"))
}

func (e *ToolSearchOutputItemParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ToolSearchOutputItemParamType", ToolSearchOutputItemParamTypeToolSearchOutput)
}
