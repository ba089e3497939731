// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type MCPTool struct {
	Type              MCPToolType                                   `json:"type"`
	ServerLabel       string                                        `json:"server_label"`
	ServerURL         *string                                       `json:"server_url,omitempty"`
	ConnectorID       *MCPToolConnectorID                           `json:"connector_id,omitempty"`
	TunnelID          *string                                       `json:"tunnel_id,omitempty"`
	Authorization     *string                                       `json:"authorization,omitempty"`
	ServerDescription *string                                       `json:"server_description,omitempty"`
	Headers           OptionalNullable[map[string]string]           `json:"headers,omitempty"`
	AllowedTools      OptionalNullable[MCPToolAllowedTools]         `json:"allowed_tools,omitempty"`
	AllowedCallers    OptionalNullable[[]CallableToolAllowedCaller] `json:"allowed_callers,omitempty"`
	RequireApproval   OptionalNullable[MCPToolRequireApproval]      `json:"require_approval,omitempty"`
	DeferLoading      *bool                                         `json:"defer_loading,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that MCPTool does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *MCPTool) GetType() MCPToolType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *MCPTool) GetServerLabel() string {
	if o == nil {
		return ""
	}
	return o.ServerLabel
}

func (o *MCPTool) GetServerURL() *string {
	if o == nil {
		return nil
	}
	return o.ServerURL
}

func (o *MCPTool) GetConnectorID() *MCPToolConnectorID {
	if o == nil {
		return nil
	}
	return o.ConnectorID
}

func (o *MCPTool) GetTunnelID() *string {
	if o == nil {
		return nil
	}
	return o.TunnelID
}

func (o *MCPTool) GetAuthorization() *string {
	if o == nil {
		return nil
	}
	return o.Authorization
}

func (o *MCPTool) GetServerDescription() *string {
	if o == nil {
		return nil
	}
	return o.ServerDescription
}

func (o *MCPTool) GetHeaders() OptionalNullable[map[string]string] {
	if o == nil {
		return OptionalNullable[map[string]string]{}
	}
	return o.Headers
}

func (o *MCPTool) GetAllowedTools() OptionalNullable[MCPToolAllowedTools] {
	if o == nil {
		return OptionalNullable[MCPToolAllowedTools]{}
	}
	return o.AllowedTools
}

func (o *MCPTool) GetAllowedCallers() OptionalNullable[[]CallableToolAllowedCaller] {
	if o == nil {
		return OptionalNullable[[]CallableToolAllowedCaller]{}
	}
	return o.AllowedCallers
}

func (o *MCPTool) GetRequireApproval() OptionalNullable[MCPToolRequireApproval] {
	if o == nil {
		return OptionalNullable[MCPToolRequireApproval]{}
	}
	return o.RequireApproval
}

func (o *MCPTool) GetDeferLoading() *bool {
	if o == nil {
		return nil
	}
	return o.DeferLoading
}

func (o *MCPTool) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *MCPTool) UnmarshalJSON(data []byte) error {
	return rooted("MCPTool", o.decode(data, "$"))
}

func (o *MCPTool) decode(data []byte, path string) error {
	var out MCPTool
	r := readObject(data, path, "MCPTool")
	readRequired(r, "type", &out.Type, (*MCPToolType).decode)
	readRequired(r, "server_label", &out.ServerLabel, decodeString)
	readOptional(r, "server_url", &out.ServerURL, decodeString)
	readOptional(r, "connector_id", &out.ConnectorID, (*MCPToolConnectorID).decode)
	readOptional(r, "tunnel_id", &out.TunnelID, matching(decodeString, "^tunnel_[a-z0-9]{32}$", "^tunnel_[a-z0-9]{32}$"))
	readOptional(r, "authorization", &out.Authorization, decodeString)
	readOptional(r, "server_description", &out.ServerDescription, decodeString)
	readOptionalNullable(r, "headers", &out.Headers, decodeMap(decodeString))
	readOptionalNullable(r, "allowed_tools", &out.AllowedTools, (*MCPToolAllowedTools).decode)
	readOptionalNullable(r, "allowed_callers", &out.AllowedCallers, counted(decodeArray((*CallableToolAllowedCaller).decode), limits{hasMin: true, min: 1}))
	readOptionalNullable(r, "require_approval", &out.RequireApproval, (*MCPToolRequireApproval).decode)
	readOptional(r, "defer_loading", &out.DeferLoading, decodeBool)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o MCPTool) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("server_label", o.ServerLabel)
	w.valueIf(o.ServerURL != nil, "server_url", o.ServerURL)
	w.valueIf(o.ConnectorID != nil, "connector_id", o.ConnectorID)
	w.valueIf(o.TunnelID != nil, "tunnel_id", o.TunnelID)
	w.valueIf(o.Authorization != nil, "authorization", o.Authorization)
	w.valueIf(o.ServerDescription != nil, "server_description", o.ServerDescription)
	w.valueIf(o.Headers.IsSet(), "headers", o.Headers)
	w.valueIf(o.AllowedTools.IsSet(), "allowed_tools", o.AllowedTools)
	w.valueIf(o.AllowedCallers.IsSet(), "allowed_callers", o.AllowedCallers)
	w.valueIf(o.RequireApproval.IsSet(), "require_approval", o.RequireApproval)
	w.valueIf(o.DeferLoading != nil, "defer_loading", o.DeferLoading)
	return w.finish(o.AdditionalProperties)
}

type MCPToolType string

const (
	MCPToolTypeMCP MCPToolType = "mcp"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPToolType) ToPointer() *MCPToolType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MCPToolType) UnmarshalJSON(data []byte) error {
	return rooted("MCPToolType", e.decode(data, "$"))
}

func (e *MCPToolType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MCPToolType", MCPToolTypeMCP)
}

type MCPToolConnectorID string

const (
	MCPToolConnectorIDConnectorDropbox         MCPToolConnectorID = "connector_dropbox"
	MCPToolConnectorIDConnectorGmail           MCPToolConnectorID = "connector_gmail"
	MCPToolConnectorIDConnectorGooglecalendar  MCPToolConnectorID = "connector_googlecalendar"
	MCPToolConnectorIDConnectorGoogledrive     MCPToolConnectorID = "connector_googledrive"
	MCPToolConnectorIDConnectorMicrosoftteams  MCPToolConnectorID = "connector_microsoftteams"
	MCPToolConnectorIDConnectorOutlookcalendar MCPToolConnectorID = "connector_outlookcalendar"
	MCPToolConnectorIDConnectorOutlookemail    MCPToolConnectorID = "connector_outlookemail"
	MCPToolConnectorIDConnectorSharepoint      MCPToolConnectorID = "connector_sharepoint"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPToolConnectorID) ToPointer() *MCPToolConnectorID {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MCPToolConnectorID) UnmarshalJSON(data []byte) error {
	return rooted("MCPToolConnectorID", e.decode(data, "$"))
}

func (e *MCPToolConnectorID) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MCPToolConnectorID", MCPToolConnectorIDConnectorDropbox, MCPToolConnectorIDConnectorGmail, MCPToolConnectorIDConnectorGooglecalendar, MCPToolConnectorIDConnectorGoogledrive, MCPToolConnectorIDConnectorMicrosoftteams, MCPToolConnectorIDConnectorOutlookcalendar, MCPToolConnectorIDConnectorOutlookemail, MCPToolConnectorIDConnectorSharepoint)
}

type MCPToolAllowedTools struct {
	ArrayOfStr    []string
	MCPToolFilter *MCPToolFilter

	// Type names the alternative held.
	Type MCPToolAllowedToolsType
}

// MCPToolAllowedToolsType names the alternatives of MCPToolAllowedTools.
type MCPToolAllowedToolsType string

const (
	MCPToolAllowedToolsTypeArrayOfStr    MCPToolAllowedToolsType = "arrayOfStr"
	MCPToolAllowedToolsTypeMCPToolFilter MCPToolAllowedToolsType = "MCPToolFilter"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPToolAllowedToolsType) ToPointer() *MCPToolAllowedToolsType {
	return &e
}

// CreateMCPToolAllowedToolsArrayOfStr wraps v in the union.
func CreateMCPToolAllowedToolsArrayOfStr(v []string) MCPToolAllowedTools {
	return MCPToolAllowedTools{ArrayOfStr: v, Type: MCPToolAllowedToolsTypeArrayOfStr}
}

// CreateMCPToolAllowedToolsMCPToolFilter wraps v in the union.
func CreateMCPToolAllowedToolsMCPToolFilter(v MCPToolFilter) MCPToolAllowedTools {
	return MCPToolAllowedTools{MCPToolFilter: &v, Type: MCPToolAllowedToolsTypeMCPToolFilter}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *MCPToolAllowedTools) UnmarshalJSON(data []byte) error {
	return rooted("MCPToolAllowedTools", u.decode(data, "$"))
}

func (u *MCPToolAllowedTools) decode(data []byte, path string) error {
	var v1 []string
	if decodeArray(decodeString)(&v1, data, path) == nil {
		*u = CreateMCPToolAllowedToolsArrayOfStr(v1)
		return nil
	}
	var v2 MCPToolFilter
	if (*MCPToolFilter).decode(&v2, data, path) == nil {
		*u = CreateMCPToolAllowedToolsMCPToolFilter(v2)
		return nil
	}
	return &DecodeError{Type: "MCPToolAllowedTools", Path: path, Expected: "one of: an array of strings, MCPToolFilter (an object)", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u MCPToolAllowedTools) MarshalJSON() ([]byte, error) {
	switch {
	case u.ArrayOfStr != nil:
		return marshal(u.ArrayOfStr)
	case u.MCPToolFilter != nil:
		return marshal(u.MCPToolFilter)
	}
	return nil, noMember("MCPToolAllowedTools")
}

type MCPToolRequireApproval struct {
	MCPToolRequireApprovalMCPToolApprovalFilter  *MCPToolRequireApprovalMCPToolApprovalFilter
	MCPToolRequireApprovalMCPToolApprovalSetting *MCPToolRequireApprovalMCPToolApprovalSetting

	// Type names the alternative held.
	Type MCPToolRequireApprovalType
}

// MCPToolRequireApprovalType names the alternatives of MCPToolRequireApproval.
type MCPToolRequireApprovalType string

const (
	MCPToolRequireApprovalTypeMCPToolRequireApprovalMCPToolApprovalFilter  MCPToolRequireApprovalType = "MCPToolRequireApprovalMCPToolApprovalFilter"
	MCPToolRequireApprovalTypeMCPToolRequireApprovalMCPToolApprovalSetting MCPToolRequireApprovalType = "MCPToolRequireApprovalMCPToolApprovalSetting"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPToolRequireApprovalType) ToPointer() *MCPToolRequireApprovalType {
	return &e
}

// CreateMCPToolRequireApprovalMCPToolRequireApprovalMCPToolApprovalFilter wraps v in the union.
func CreateMCPToolRequireApprovalMCPToolRequireApprovalMCPToolApprovalFilter(v MCPToolRequireApprovalMCPToolApprovalFilter) MCPToolRequireApproval {
	return MCPToolRequireApproval{MCPToolRequireApprovalMCPToolApprovalFilter: &v, Type: MCPToolRequireApprovalTypeMCPToolRequireApprovalMCPToolApprovalFilter}
}

// CreateMCPToolRequireApprovalMCPToolRequireApprovalMCPToolApprovalSetting wraps v in the union.
func CreateMCPToolRequireApprovalMCPToolRequireApprovalMCPToolApprovalSetting(v MCPToolRequireApprovalMCPToolApprovalSetting) MCPToolRequireApproval {
	return MCPToolRequireApproval{MCPToolRequireApprovalMCPToolApprovalSetting: &v, Type: MCPToolRequireApprovalTypeMCPToolRequireApprovalMCPToolApprovalSetting}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *MCPToolRequireApproval) UnmarshalJSON(data []byte) error {
	return rooted("MCPToolRequireApproval", u.decode(data, "$"))
}

func (u *MCPToolRequireApproval) decode(data []byte, path string) error {
	var v1 MCPToolRequireApprovalMCPToolApprovalFilter
	if (*MCPToolRequireApprovalMCPToolApprovalFilter).decode(&v1, data, path) == nil {
		*u = CreateMCPToolRequireApprovalMCPToolRequireApprovalMCPToolApprovalFilter(v1)
		return nil
	}
	var v2 MCPToolRequireApprovalMCPToolApprovalSetting
	if (*MCPToolRequireApprovalMCPToolApprovalSetting).decode(&v2, data, path) == nil {
		*u = CreateMCPToolRequireApprovalMCPToolRequireApprovalMCPToolApprovalSetting(v2)
		return nil
	}
	return &DecodeError{Type: "MCPToolRequireApproval", Path: path, Expected: "one of: MCPToolRequireApprovalMCPToolApprovalFilter (an object), MCPToolRequireApprovalMCPToolApprovalSetting (\"always\", \"never\")", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u MCPToolRequireApproval) MarshalJSON() ([]byte, error) {
	switch {
	case u.MCPToolRequireApprovalMCPToolApprovalFilter != nil:
		return marshal(u.MCPToolRequireApprovalMCPToolApprovalFilter)
	case u.MCPToolRequireApprovalMCPToolApprovalSetting != nil:
		return marshal(u.MCPToolRequireApprovalMCPToolApprovalSetting)
	}
	return nil, noMember("MCPToolRequireApproval")
}

type MCPToolRequireApprovalMCPToolApprovalFilter struct {
	Always *MCPToolFilter `json:"always,omitempty"`
	Never  *MCPToolFilter `json:"never,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that MCPToolRequireApprovalMCPToolApprovalFilter does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *MCPToolRequireApprovalMCPToolApprovalFilter) GetAlways() *MCPToolFilter {
	if o == nil {
		return nil
	}
	return o.Always
}

func (o *MCPToolRequireApprovalMCPToolApprovalFilter) GetNever() *MCPToolFilter {
	if o == nil {
		return nil
	}
	return o.Never
}

func (o *MCPToolRequireApprovalMCPToolApprovalFilter) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *MCPToolRequireApprovalMCPToolApprovalFilter) UnmarshalJSON(data []byte) error {
	return rooted("MCPToolRequireApprovalMCPToolApprovalFilter", o.decode(data, "$"))
}

func (o *MCPToolRequireApprovalMCPToolApprovalFilter) decode(data []byte, path string) error {
	var out MCPToolRequireApprovalMCPToolApprovalFilter
	r := readObject(data, path, "MCPToolRequireApprovalMCPToolApprovalFilter")
	readOptional(r, "always", &out.Always, (*MCPToolFilter).decode)
	readOptional(r, "never", &out.Never, (*MCPToolFilter).decode)
	if err := r.finishClosed(); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o MCPToolRequireApprovalMCPToolApprovalFilter) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.Always != nil, "always", o.Always)
	w.valueIf(o.Never != nil, "never", o.Never)
	return w.finish(o.AdditionalProperties)
}

type MCPToolRequireApprovalMCPToolApprovalSetting string

const (
	MCPToolRequireApprovalMCPToolApprovalSettingAlways MCPToolRequireApprovalMCPToolApprovalSetting = "always"
	MCPToolRequireApprovalMCPToolApprovalSettingNever  MCPToolRequireApprovalMCPToolApprovalSetting = "never"
)

// ToPointer returns a pointer to a copy of e.
func (e MCPToolRequireApprovalMCPToolApprovalSetting) ToPointer() *MCPToolRequireApprovalMCPToolApprovalSetting {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *MCPToolRequireApprovalMCPToolApprovalSetting) UnmarshalJSON(data []byte) error {
	return rooted("MCPToolRequireApprovalMCPToolApprovalSetting", e.decode(data, "$"))
}

func (e *MCPToolRequireApprovalMCPToolApprovalSetting) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "MCPToolRequireApprovalMCPToolApprovalSetting", MCPToolRequireApprovalMCPToolApprovalSettingAlways, MCPToolRequireApprovalMCPToolApprovalSettingNever)
}
