// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ComputerToolCallOutputResource struct {
	Type                     ComputerToolCallOutputResourceType `json:"type"`
	ID                       string                             `json:"id"`
	CallID                   string                             `json:"call_id"`
	AcknowledgedSafetyChecks []ComputerCallSafetyCheckParam     `json:"acknowledged_safety_checks,omitempty"`
	Output                   ComputerScreenshotImage            `json:"output"`
	Status                   ComputerCallOutputStatus           `json:"status"`
	CreatedBy                *string                            `json:"created_by,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ComputerToolCallOutputResource does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ComputerToolCallOutputResource) GetType() ComputerToolCallOutputResourceType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *ComputerToolCallOutputResource) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *ComputerToolCallOutputResource) GetCallID() string {
	if o == nil {
		return ""
	}
	return o.CallID
}

func (o *ComputerToolCallOutputResource) GetAcknowledgedSafetyChecks() []ComputerCallSafetyCheckParam {
	if o == nil {
		return nil
	}
	return o.AcknowledgedSafetyChecks
}

func (o *ComputerToolCallOutputResource) GetOutput() ComputerScreenshotImage {
	if o == nil {
		return ComputerScreenshotImage{}
	}
	return o.Output
}

func (o *ComputerToolCallOutputResource) GetStatus() ComputerCallOutputStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *ComputerToolCallOutputResource) GetCreatedBy() *string {
	if o == nil {
		return nil
	}
	return o.CreatedBy
}

func (o *ComputerToolCallOutputResource) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ComputerToolCallOutputResource) UnmarshalJSON(data []byte) error {
	return rooted("ComputerToolCallOutputResource", o.decode(data, "$"))
}

func (o *ComputerToolCallOutputResource) decode(data []byte, path string) error {
	var out ComputerToolCallOutputResource
	r := readObject(data, path, "ComputerToolCallOutputResource")
	readRequired(r, "type", &out.Type, (*ComputerToolCallOutputResourceType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "call_id", &out.CallID, decodeString)
	readPresent(r, "acknowledged_safety_checks", &out.AcknowledgedSafetyChecks, decodeArray((*ComputerCallSafetyCheckParam).decode))
	readRequired(r, "output", &out.Output, (*ComputerScreenshotImage).decode)
	readRequired(r, "status", &out.Status, (*ComputerCallOutputStatus).decode)
	readOptional(r, "created_by", &out.CreatedBy, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ComputerToolCallOutputResource) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("call_id", o.CallID)
	w.valueIf(o.AcknowledgedSafetyChecks != nil, "acknowledged_safety_checks", o.AcknowledgedSafetyChecks)
	w.value("output", o.Output)
	w.value("status", o.Status)
	w.valueIf(o.CreatedBy != nil, "created_by", o.CreatedBy)
	return w.finish(o.AdditionalProperties)
}

type ComputerToolCallOutputResourceType string

const (
	ComputerToolCallOutputResourceTypeComputerCallOutput ComputerToolCallOutputResourceType = "computer_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e ComputerToolCallOutputResourceType) ToPointer() *ComputerToolCallOutputResourceType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ComputerToolCallOutputResourceType) UnmarshalJSON(data []byte) error {
	return rooted("ComputerToolCallOutputResourceType", e.decode(data, "$"))
}

func (e *ComputerToolCallOutputResourceType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ComputerToolCallOutputResourceType", ComputerToolCallOutputResourceTypeComputerCallOutput)
}
