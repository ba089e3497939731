// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ComputerToolCallOutput struct {
	Type                     ComputerToolCallOutputType     `json:"type"`
	ID                       *string                        `json:"id,omitempty"`
	CallID                   string                         `json:"call_id"`
	AcknowledgedSafetyChecks []ComputerCallSafetyCheckParam `json:"acknowledged_safety_checks,omitempty"`
	Output                   ComputerScreenshotImage        `json:"output"`
	Status                   *ComputerToolCallOutputStatus  `json:"status,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ComputerToolCallOutput does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ComputerToolCallOutput) GetType() ComputerToolCallOutputType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ComputerToolCallOutput) GetID() *string {
	if o == nil {
		return nil
	}
	return o.ID
}

func (o *ComputerToolCallOutput) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *ComputerToolCallOutput) GetAcknowledgedSafetyChecks() []ComputerCallSafetyCheckParam {
	if o == nil {
		return nil
	}
	return o.AcknowledgedSafetyChecks
}

func (o *ComputerToolCallOutput) GetOutput() ComputerScreenshotImage {
	if o == nil {
		return ComputerScreenshotImage{}
	}
	return o.Output
}

func (o *ComputerToolCallOutput) GetStatus() *ComputerToolCallOutputStatus {
	if o == nil {
		return nil
	}
	return o.Status
}

func (o *ComputerToolCallOutput) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ComputerToolCallOutput) UnmarshalJSON(data []byte) error {
	return rooted("ComputerToolCallOutput", o.decode(data, "$"))
}

func (o *ComputerToolCallOutput) decode(data []byte, path string) error {
	var out ComputerToolCallOutput
	r := readObject(data, path, "ComputerToolCallOutput")
	readRequired(r, "type", &out.Type, (*ComputerToolCallOutputType).decode)
	readOptional(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readPresent(r, "acknowledged_safety_checks", &out.AcknowledgedSafetyChecks, decodeArray((*ComputerCallSafetyCheckParam).decode))
	readRequired(r, "output", &out.Output, (*ComputerScreenshotImage).decode)
	readOptional(r, "status", &out.Status, (*ComputerToolCallOutputStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ComputerToolCallOutput) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.ID != nil, "id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.AcknowledgedSafetyChecks != nil, "acknowledged_safety_checks", o.AcknowledgedSafetyChecks)
	w.value("output", o.Output)
	w.valueIf(o.Status != nil, "status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type ComputerToolCallOutputType string

const (
	ComputerToolCallOutputTypeComputerCallOutput ComputerToolCallOutputType = "computer_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e ComputerToolCallOutputType) ToPointer() *ComputerToolCallOutputType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ComputerToolCallOutputType) UnmarshalJSON(data []byte) error {
	return rooted("ComputerToolCallOutputType", e.decode(data, "$"))
}

func (e *ComputerToolCallOutputType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ComputerToolCallOutputType", ComputerToolCallOutputTypeComputerCallOutput)
}

type ComputerToolCallOutputStatus string

const (
	ComputerToolCallOutputStatusInProgress ComputerToolCallOutputStatus = "in_progress"
	ComputerToolCallOutputStatusCompleted  ComputerToolCallOutputStatus = "completed"
	ComputerToolCallOutputStatusIncomplete ComputerToolCallOutputStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e ComputerToolCallOutputStatus) ToPointer() *ComputerToolCallOutputStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ComputerToolCallOutputStatus) UnmarshalJSON(data []byte) error {
	return rooted("ComputerToolCallOutputStatus", e.decode(data, "$"))
}

func (e *ComputerToolCallOutputStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ComputerToolCallOutputStatus", ComputerToolCallOutputStatusInProgress, ComputerToolCallOutputStatusCompleted, ComputerToolCallOutputStatusIncomplete)
}
