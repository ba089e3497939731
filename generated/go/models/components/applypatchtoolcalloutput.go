// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ApplyPatchToolCallOutput struct {
	Type      ApplyPatchToolCallOutputType     `json:"type"`
	ID        string                           `json:"id"`
	CallID    string                           `json:"call_id"`
	Caller    OptionalNullable[ToolCallCaller] `json:"caller,omitempty"`
	Status    ApplyPatchCallOutputStatus       `json:"status"`
	Output    OptionalNullable[string]         `json:"output,omitempty"`
	CreatedBy *string                          `json:"created_by,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ApplyPatchToolCallOutput does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ApplyPatchToolCallOutput) GetType() ApplyPatchToolCallOutputType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ApplyPatchToolCallOutput) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ApplyPatchToolCallOutput) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *ApplyPatchToolCallOutput) GetCaller() OptionalNullable[ToolCallCaller] {
	if o == nil {
		return OptionalNullable[ToolCallCaller]{}
	}
	return o.Caller
}

func (o *ApplyPatchToolCallOutput) GetStatus() ApplyPatchCallOutputStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *ApplyPatchToolCallOutput) GetOutput() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Output
}

func (o *ApplyPatchToolCallOutput) GetCreatedBy() *string {
	if o == nil {
		return nil
	}
	return o.CreatedBy
}

func (o *ApplyPatchToolCallOutput) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ApplyPatchToolCallOutput) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchToolCallOutput", o.decode(data, "$"))
}

func (o *ApplyPatchToolCallOutput) decode(data []byte, path string) error {
	var out ApplyPatchToolCallOutput
	r := readObject(data, path, "ApplyPatchToolCallOutput")
	readRequired(r, "type", &out.Type, (*ApplyPatchToolCallOutputType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCaller).decode)
	readRequired(r, "status", &out.Status, (*ApplyPatchCallOutputStatus).decode)
	readOptionalNullable(r, "output", &out.Output, decodeString)
	readOptional(r, "created_by", &out.CreatedBy, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ApplyPatchToolCallOutput) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.value("status", o.Status)
	w.valueIf(o.Output.IsSet(), "output", o.Output)
	w.valueIf(o.CreatedBy != nil, "created_by", o.CreatedBy)
	return w.finish(o.AdditionalProperties)
}

type ApplyPatchToolCallOutputType string

const (
	ApplyPatchToolCallOutputTypeApplyPatchCallOutput ApplyPatchToolCallOutputType = "apply_patch_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchToolCallOutputType) ToPointer() *ApplyPatchToolCallOutputType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchToolCallOutputType) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchToolCallOutputType", e.decode(data, "$"))
}

func (e *ApplyPatchToolCallOutputType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchToolCallOutputType", ApplyPatchToolCallOutputTypeApplyPatchCallOutput)
}
