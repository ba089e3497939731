// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ToolSearchOutput struct {
	Type      ToolSearchOutputType         `json:"type"`
	ID        string                       `json:"id"`
	CallID    *string                      `json:"call_id"`
	Execution ToolSearchExecutionType      `json:"execution"`
	Tools     []Tool                       `json:"tools"`
	Status    FunctionCallOutputStatusEnum `json:"status"`
	CreatedBy *string                      `json:"created_by,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ToolSearchOutput does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ToolSearchOutput) GetType() ToolSearchOutputType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ToolSearchOutput) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ToolSearchOutput) GetCallID() *string {
	if o == nil {
		return nil
	}
	return o.CallID
}

func (o *ToolSearchOutput) GetExecution() ToolSearchExecutionType {
	if o == nil {
		return ""
	}
	return o.Execution
}

func (o *ToolSearchOutput) GetTools() []Tool {
	if o == nil {
		return nil
	}
	return o.Tools
}

func (o *ToolSearchOutput) GetStatus() FunctionCallOutputStatusEnum {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *ToolSearchOutput) GetCreatedBy() *string {
	if o == nil {
		return nil
	}
	return o.CreatedBy
}

func (o *ToolSearchOutput) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ToolSearchOutput) UnmarshalJSON(data []byte) error {
	return rooted("ToolSearchOutput", o.decode(data, "$"))
}

func (o *ToolSearchOutput) decode(data []byte, path string) error {
	var out ToolSearchOutput
	r := readObject(data, path, "ToolSearchOutput")
	readRequired(r, "type", &out.Type, (*ToolSearchOutputType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeNullable(decodeString))
	readRequired(r, "execution", &out.Execution, (*ToolSearchExecutionType).decode)
	readRequired(r, "tools", &out.Tools, decodeArray((*Tool).decode))
	readRequired(r, "status", &out.Status, (*FunctionCallOutputStatusEnum).decode)
	readOptional(r, "created_by", &out.CreatedBy, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ToolSearchOutput) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("call_id", o.CallID)
	w.value("execution", o.Execution)
	w.value("tools", o.Tools)
	w.value("status", o.Status)
	w.valueIf(o.CreatedBy != nil, "created_by", o.CreatedBy)
	return w.finish(o.AdditionalProperties)
}

type ToolSearchOutputType string

const (
	ToolSearchOutputTypeToolSearchOutput ToolSearchOutputType = "tool_search_output"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolSearchOutputType) ToPointer() *ToolSearchOutputType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ToolSearchOutputType) UnmarshalJSON(data []byte) error {
	return rooted("ToolSearchOutputType", e.decode(data, "$"))
}

func (e *ToolSearchOutputType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ToolSearchOutputType", ToolSearchOutputTypeToolSearchOutput)
}
