// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ApplyPatchToolCallItemParam struct {
	Type      ApplyPatchToolCallItemParamType       `json:"type"`
	ID        OptionalNullable[string]              `json:"id,omitempty"`
	CallID    string                                `json:"call_id"`
	Caller    OptionalNullable[ToolCallCallerParam] `json:"caller,omitempty"`
	Status    ApplyPatchCallStatusParam             `json:"status"`
	Operation ApplyPatchOperationParam              `json:"operation"`
	// AdditionalProperties holds the fields of the JSON object that ApplyPatchToolCallItemParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ApplyPatchToolCallItemParam) GetType() ApplyPatchToolCallItemParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ApplyPatchToolCallItemParam) GetID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ID
}

func (o *ApplyPatchToolCallItemParam) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *ApplyPatchToolCallItemParam) GetCaller() OptionalNullable[ToolCallCallerParam] {
	if o == nil {
		return OptionalNullable[ToolCallCallerParam]{}
	}
	return o.Caller
}

func (o *ApplyPatchToolCallItemParam) GetStatus() ApplyPatchCallStatusParam {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *ApplyPatchToolCallItemParam) GetOperation() ApplyPatchOperationParam {
	if o == nil {
		return ApplyPatchOperationParam{}
	}
	return o.Operation
}

func (o *ApplyPatchToolCallItemParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ApplyPatchToolCallItemParam) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchToolCallItemParam", o.decode(data, "$"))
}

func (o *ApplyPatchToolCallItemParam) decode(data []byte, path string) error {
	var out ApplyPatchToolCallItemParam
	r := readObject(data, path, "ApplyPatchToolCallItemParam")
	readRequired(r, "type", &out.Type, (*ApplyPatchToolCallItemParamType).decode)
	readOptionalNullable(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 64}))
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCallerParam).decode)
	readRequired(r, "status", &out.Status, (*ApplyPatchCallStatusParam).decode)
	readRequired(r, "operation", &out.Operation, (*ApplyPatchOperationParam).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ApplyPatchToolCallItemParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.ID.IsSet(), "id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.value("status", o.Status)
	w.value("operation", o.Operation)
	return w.finish(o.AdditionalProperties)
}

type ApplyPatchToolCallItemParamType string

const (
	ApplyPatchToolCallItemParamTypeApplyPatchCall ApplyPatchToolCallItemParamType = "apply_patch_call"
)

// ToPointer returns a pointer to a copy of e.
func (e ApplyPatchToolCallItemParamType) ToPointer() *ApplyPatchToolCallItemParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ApplyPatchToolCallItemParamType) UnmarshalJSON(data []byte) error {
	return rooted("ApplyPatchToolCallItemParamType", e.decode(data, "$"))
}

func (e *ApplyPatchToolCallItemParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ApplyPatchToolCallItemParamType", ApplyPatchToolCallItemParamTypeApplyPatchCall)
}
