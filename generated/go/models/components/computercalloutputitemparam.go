// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ComputerCallOutputItemParam struct {
	ID                       OptionalNullable[string]                         `json:"id,omitempty"`
	CallID                   string                                           `json:"call_id"`
	Type                     ComputerCallOutputItemParamType                  `json:"type"`
	Output                   ComputerScreenshotImage                          `json:"output"`
	AcknowledgedSafetyChecks OptionalNullable[[]ComputerCallSafetyCheckParam] `json:"acknowledged_safety_checks,omitempty"`
	Status                   OptionalNullable[FunctionCallItemStatus]         `json:"status,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ComputerCallOutputItemParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ComputerCallOutputItemParam) GetID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ID
}

func (o *ComputerCallOutputItemParam) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *ComputerCallOutputItemParam) GetType() ComputerCallOutputItemParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ComputerCallOutputItemParam) GetOutput() ComputerScreenshotImage {
	if o == nil {
		return ComputerScreenshotImage{}
	}
	return o.Output
}

func (o *ComputerCallOutputItemParam) GetAcknowledgedSafetyChecks() OptionalNullable[[]ComputerCallSafetyCheckParam] {
	if o == nil {
		return OptionalNullable[[]ComputerCallSafetyCheckParam]{}
	}
	return o.AcknowledgedSafetyChecks
}

func (o *ComputerCallOutputItemParam) GetStatus() OptionalNullable[FunctionCallItemStatus] {
	if o == nil {
		return OptionalNullable[FunctionCallItemStatus]{}
	}
	return o.Status
}

func (o *ComputerCallOutputItemParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ComputerCallOutputItemParam) UnmarshalJSON(data []byte) error {
	return rooted("ComputerCallOutputItemParam", o.decode(data, "$"))
}

func (o *ComputerCallOutputItemParam) decode(data []byte, path string) error {
	var out ComputerCallOutputItemParam
	r := readObject(data, path, "ComputerCallOutputItemParam")
	readOptionalNullable(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 64}))
	readRequired(r, "type", &out.Type, (*ComputerCallOutputItemParamType).decode)
	readRequired(r, "output", &out.Output, (*ComputerScreenshotImage).decode)
	readOptionalNullable(r, "acknowledged_safety_checks", &out.AcknowledgedSafetyChecks, decodeArray((*ComputerCallSafetyCheckParam).decode))
	readOptionalNullable(r, "status", &out.Status, (*FunctionCallItemStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ComputerCallOutputItemParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.ID.IsSet(), "id", o.ID)
	w.value("call_id", o.CallID)
	w.value("type", o.Type)
	w.value("output", o.Output)
	w.valueIf(o.AcknowledgedSafetyChecks.IsSet(), "acknowledged_safety_checks", o.AcknowledgedSafetyChecks)
	w.valueIf(o.Status.IsSet(), "status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type ComputerCallOutputItemParamType string

const (
	ComputerCallOutputItemParamTypeComputerCallOutput ComputerCallOutputItemParamType = "computer_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e ComputerCallOutputItemParamType) ToPointer() *ComputerCallOutputItemParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ComputerCallOutputItemParamType) UnmarshalJSON(data []byte) error {
	return rooted("ComputerCallOutputItemParamType", e.decode(data, "$"))
}

func (e *ComputerCallOutputItemParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ComputerCallOutputItemParamType", ComputerCallOutputItemParamTypeComputerCallOutput)
}
