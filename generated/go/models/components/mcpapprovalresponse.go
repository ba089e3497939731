// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type MCPApprovalResponse struct {
	Type              MCPApprovalResponseType  `json:"type"`
	ID                OptionalNullable[string] `json:"id,omitempty"`
	ApprovalRequestID string                   `json:"approval_request_id"`
	Approve           bool                     `json:"approve"`
	Reason            OptionalNullable[string] `json:"reason,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that MCPApprovalResponse does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *MCPApprovalResponse) GetType() MCPApprovalResponseType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *MCPApprovalResponse) GetID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ID
}

func (o *MCPApprovalResponse) GetApprovalRequestID() string {
	if o == nil {
		return ""
	}
	return o.ApprovalRequestID
}

func (o *MCPApprovalResponse) GetApprove() bool {
	if o == nil {
		return false
	}
	return o.Approve
}

func (o *MCPApprovalResponse) GetReason() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Reason
}

func (o *MCPApprovalResponse) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *MCPApprovalResponse) UnmarshalJSON(data []byte) error {
	return rooted("MCPApprovalResponse", o.decode(data, "$"))
}

func (o *MCPApprovalResponse) decode(data []byte, path string) error {
	var out MCPApprovalResponse
	r := readObject(data, path, "MCPApprovalResponse")
	readRequired(r, "type", &out.Type, (*MCPApprovalResponseType).decode)
	readOptionalNullable(r, "id", &out.ID, decodeString)
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
func (o MCPApprovalResponse) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.valueIf(o.ID.IsSet(), "id", o.ID)
	w.value("approval_request_id", o.ApprovalRequestID)
	w.value("approve", o.Approve)
	w.valueIf(o.Reason.IsSet(), "reason", o.Reason)
	return w.finish(o.AdditionalProperties)
}

type MCPApprovalResponseType string

const (
	MCPApprovalResponseTypeMCPApprovalResponse MCPApprovalResponseType = "mcp_approval_response"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPApprovalResponseType) ToPointer() *MCPApprovalResponseType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MCPApprovalResponseType) UnmarshalJSON(data []byte) error {
	return rooted("MCPApprovalResponseType", e.decode(data, "$"))
}

func (e *MCPApprovalResponseType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MCPApprovalResponseType", MCPApprovalResponseTypeMCPApprovalResponse)
}
