// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ApplyPatchToolCallOutputItemParam struct {
	Type   ApplyPatchToolCallOutputItemParamType `json:"type"`
	ID     OptionalNullable[string]              `json:"id,omitempty"`
	CallID string                                `json:"call_id"`
	Caller OptionalNullable[ToolCallCallerParam] `json:"caller,omitempty"`
	Status ApplyPatchCallOutputStatusParam       `json:"status"`
	Output OptionalNullable[string]              `json:"output,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ApplyPatchToolCallOutputItemParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ApplyPatchToolCallOutputItemParam) GetType() ApplyPatchToolCallOutputItemParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ApplyPatchToolCallOutputItemParam) GetID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ID
}

func (o *ApplyPatchToolCallOutputItemParam) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *ApplyPatchToolCallOutputItemParam) GetCaller() OptionalNullable[ToolCallCallerParam] {
	if o == nil {
		return OptionalNullable[ToolCallCallerParam]{}
	}
	return o.Caller
}

func (o *ApplyPatchToolCallOutputItemParam) GetStatus() ApplyPatchCallOutputStatusParam {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *ApplyPatchToolCallOutputItemParam) GetOutput() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Output
}

func (o *ApplyPatchToolCallOutputItemParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ApplyPatchToolCallOutputItemParam) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchToolCallOutputItemParam", o.decode(data, "$"))
}

func (o *ApplyPatchToolCallOutputItemParam) decode(data []byte, path string) error {
	var out ApplyPatchToolCallOutputItemParam
	r := readObject(data, path, "ApplyPatchToolCallOutputItemParam")
	readRequired(r, "type", &out.Type, (*ApplyPatchToolCallOutputItemParamType).decode)
	readOptionalNullable(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 64}))
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCallerParam).decode)
	readRequired(r, "status", &out.Status, (*ApplyPatchCallOutputStatusParam).decode)
	readOptionalNullable(r, "output", &out.Output, sized(decodeString, limits{hasMax: true, max: 10485760}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ApplyPatchToolCallOutputItemParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.ID.IsSet(), "id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.value("status", o.Status)
	w.valueIf(o.Output.IsSet(), "output", o.Output)
	return w.finish(o.AdditionalProperties)
}

type ApplyPatchToolCallOutputItemParamType string

const (
	ApplyPatchToolCallOutputItemParamTypeApplyPatchCallOutput ApplyPatchToolCallOutputItemParamType = "apply_patch_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchToolCallOutputItemParamType) ToPointer() *ApplyPatchToolCallOutputItemParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchToolCallOutputItemParamType) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchToolCallOutputItemParamType", e.decode(data, "$"))
}

func (e *ApplyPatchToolCallOutputItemParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchToolCallOutputItemParamType", ApplyPatchToolCallOutputItemParamTypeApplyPatchCallOutput)
}
