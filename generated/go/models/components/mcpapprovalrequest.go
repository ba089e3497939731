// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type MCPApprovalRequest struct {
	Type        MCPApprovalRequestType `json:"type"`
	ID          string                 `json:"id"`
	ServerLabel string                 `json:"server_label"`
	Name        string                 `json:"name"`
	Arguments   string                 `json:"arguments"`
	// AdditionalProperties holds the fields of the JSON object that MCPApprovalRequest does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *MCPApprovalRequest) GetType() MCPApprovalRequestType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *MCPApprovalRequest) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *MCPApprovalRequest) GetServerLabel() string {
	if o == nil {
		return ""
	}
	return o.ServerLabel
}

func (o *MCPApprovalRequest) GetName() string {
	if o == nil {
		return ""
	}
	return o.Name
}

func (o *MCPApprovalRequest) GetArguments() string {
	if o == nil {
		return ""
	}
	return o.Arguments
}

func (o *MCPApprovalRequest) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *MCPApprovalRequest) UnmarshalJSON(data []byte) error {
	return rooted("MCPApprovalRequest", o.decode(data, "$"))
}

func (o *MCPApprovalRequest) decode(data []byte, path string) error {
	var out MCPApprovalRequest
	r := readObject(data, path, "MCPApprovalRequest")
	readRequired(r, "type", &out.Type, (*MCPApprovalRequestType).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "server_label", &out.ServerLabel, decodeString)
	readRequired(r, "name", &out.Name, decodeString)
	readRequired(r, "arguments", &out.Arguments, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o MCPApprovalRequest) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("id", o.ID)
	w.value("server_label", o.ServerLabel)
	w.value("name", o.Name)
	w.value("arguments", o.Arguments)
	return w.finish(o.AdditionalProperties)
}

type MCPApprovalRequestType string

const (
	MCPApprovalRequestTypeMCPApprovalRequest MCPApprovalRequestType = "mcp_approval_request"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPApprovalRequestType) ToPointer() *MCPApprovalRequestType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MCPApprovalRequestType) UnmarshalJSON(data []byte) error {
	return rooted("MCPApprovalRequestType", e.decode(data, "$"))
}

func (e *MCPApprovalRequestType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MCPApprovalRequestType", MCPApprovalRequestTypeMCPApprovalRequest)
}
