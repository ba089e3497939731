// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type MCPApprovalResponseResource struct {
	Type              MCPApprovalResponseResourceType `json:"type"`
	ID                string                          `json:"id"`
	ApprovalRequestID string                          `json:"approval_request_id"`
	Approve           bool                            `json:"approve"`
	Reason            OptionalNullable[string]        `json:"reason,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that MCPApprovalResponseResource does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *MCPApprovalResponseResource) GetType() MCPApprovalResponseResourceType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *MCPApprovalResponseResource) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *MCPApprovalResponseResource) GetApprovalRequestID() string {
	if o == nil {
		return ""
	}
	return o.ApprovalRequestID
}

func (o *MCPApprovalResponseResource) GetApprove() bool {
	if o == nil {
		return false
	}
	return o.Approve
}

func (o *MCPApprovalResponseResource) GetReason() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Reason
}

func (o *MCPApprovalResponseResource) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *MCPApprovalResponseResource) UnmarshalJSON(data []byte) error {
	return rooted("MCPApprovalResponseResource", o.decode(data, "$"))
}

func (o *MCPApprovalResponseResource) decode(data []byte, path string) error {
	var out MCPApprovalResponseResource
	r := readObject(data, path, "MCPApprovalResponseResource")
	readRequired(r, "type", &out.Type, (*MCPApprovalResponseResourceType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "approval_request_id", &out.ApprovalRequestID, decodeString)
	readRequired(r, "approve", &out.Approve, decodeBool)
	readOptionalNullable(r, "reason", &out.Reason, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o MCPApprovalResponseResource) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("approval_request_id", o.ApprovalRequestID)
	w.value("approve", o.Approve)
	w.valueIf(o.Reason.IsSet(), "reason", o.Reason)
	return w.finish(o.AdditionalProperties)
}

type MCPApprovalResponseResourceType string

const (
	MCPApprovalResponseResourceTypeMCPApprovalResponse MCPApprovalResponseResourceType = "mcp_approval_response"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPApprovalResponseResourceType) ToPointer() *MCPApprovalResponseResourceType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MCPApprovalResponseResourceType) UnmarshalJSON(data []byte) error {
	return rooted("MCPApprovalResponseResourceType", e.decode(data, "$"))
}

func (e *MCPApprovalResponseResourceType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MCPApprovalResponseResourceType", MCPApprovalResponseResourceTypeMCPApprovalResponse)
}
