// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type WebSearchToolCall struct {
	ID     string                  `json:"id"`
	Type   WebSearchToolCallType   `json:"type"`
	Status WebSearchToolCallStatus `json:"status"`
	Action WebSearchToolCallAction `json:"action"`
	// AdditionalProperties holds the fields of the JSON object that WebSearchToolCall does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *WebSearchToolCall) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *WebSearchToolCall) GetType() WebSearchToolCallType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *WebSearchToolCall) GetStatus() WebSearchToolCallStatus {
	if o == nil {
		return ""
	}
	return o.Status
}

func (o *WebSearchToolCall) GetAction() WebSearchToolCallAction {
	if o == nil {
		return WebSearchToolCallAction{}
	}
	return o.Action
}

func (o *WebSearchToolCall) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *WebSearchToolCall) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchToolCall", o.decode(data, "$"))
}

func (o *WebSearchToolCall) decode(data []byte, path string) error {
	var out WebSearchToolCall
	r := readObject(data, path, "WebSearchToolCall")
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "type", &out.Type, (*WebSearchToolCallType).decode)
	readRequired(r, "status", &out.Status, (*WebSearchToolCallStatus).decode)
	readRequired(r, "action", &out.Action, (*WebSearchToolCallAction).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o WebSearchToolCall) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("id", o.ID)
	w.value("type", o.Type)
	w.value("status", o.Status)
	w.value("action", o.Action)
	return w.finish(o.AdditionalProperties)
}

type WebSearchToolCallType string

const (
	WebSearchToolCallTypeWebSearchCall WebSearchToolCallType = "web_search_call"
)

// ToPointer returns a pointer to a copy of e.
func (e WebSearchToolCallType) ToPointer() *WebSearchToolCallType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *WebSearchToolCallType) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchToolCallType", e.decode(data, "$"))
}

func (e *WebSearchToolCallType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "WebSearchToolCallType", WebSearchToolCallTypeWebSearchCall)
}

type WebSearchToolCallStatus string

const (
	WebSearchToolCallStatusInProgress WebSearchToolCallStatus = "in_progress"
	WebSearchToolCallStatusSearching  WebSearchToolCallStatus = "searching"
	WebSearchToolCallStatusCompleted  WebSearchToolCallStatus = "completed"
	WebSearchToolCallStatusFailed     WebSearchToolCallStatus = "failed"
)

// ToPointer returns a pointer to a copy of e.
func (e WebSearchToolCallStatus) ToPointer() *WebSearchToolCallStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *WebSearchToolCallStatus) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchToolCallStatus", e.decode(data, "$"))
}

func (e *WebSearchToolCallStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "WebSearchToolCallStatus", WebSearchToolCallStatusInProgress, WebSearchToolCallStatusSearching, WebSearchToolCallStatusCompleted, WebSearchToolCallStatusFailed)
}

type WebSearchToolCallAction struct {
	WebSearchActionSearch   *WebSearchActionSearch
	WebSearchActionOpenPage *WebSearchActionOpenPage
	WebSearchActionFind     *WebSearchActionFind
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type WebSearchToolCallActionType
}

// WebSearchToolCallActionType - the `type` values of the WebSearchToolCallAction members; a value not
// listed here is that of an unknown member.
type WebSearchToolCallActionType string

const (
	WebSearchToolCallActionTypeSearch     WebSearchToolCallActionType = "search"
	WebSearchToolCallActionTypeOpenPage   WebSearchToolCallActionType = "open_page"
	WebSearchToolCallActionTypeFindInPage WebSearchToolCallActionType = "find_in_page"
)

// ToPointer returns a pointer to a copy of e.
func (e WebSearchToolCallActionType) ToPointer() *WebSearchToolCallActionType {
	return &e
}

// CreateWebSearchToolCallActionSearch wraps v in the union, setting its `type`.
func CreateWebSearchToolCallActionSearch(v WebSearchActionSearch) WebSearchToolCallAction {
	typ := WebSearchToolCallActionTypeSearch
	v.Type = WebSearchActionSearchType(typ)
	return WebSearchToolCallAction{WebSearchActionSearch: &v, Type: typ}
}

// CreateWebSearchToolCallActionOpenPage wraps v in the union, setting its `type`.
func CreateWebSearchToolCallActionOpenPage(v WebSearchActionOpenPage) WebSearchToolCallAction {
	typ := WebSearchToolCallActionTypeOpenPage
	v.Type = WebSearchActionOpenPageType(typ)
	return WebSearchToolCallAction{WebSearchActionOpenPage: &v, Type: typ}
}

// CreateWebSearchToolCallActionFindInPage wraps v in the union, setting its `type`.
func CreateWebSearchToolCallActionFindInPage(v WebSearchActionFind) WebSearchToolCallAction {
	typ := WebSearchToolCallActionTypeFindInPage
	v.Type = WebSearchActionFindType(typ)
	return WebSearchToolCallAction{WebSearchActionFind: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u WebSearchToolCallAction) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *WebSearchToolCallAction) UnmarshalJSON(data []byte) error {
	return rooted("WebSearchToolCallAction", u.decode(data, "$"))
}

func (u *WebSearchToolCallAction) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "WebSearchToolCallAction", "type")
	if err != nil {
		return err
	}
	switch WebSearchToolCallActionType(tag) {
	case WebSearchToolCallActionTypeSearch:
		var v WebSearchActionSearch
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateWebSearchToolCallActionSearch(v)
	case WebSearchToolCallActionTypeOpenPage:
		var v WebSearchActionOpenPage
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateWebSearchToolCallActionOpenPage(v)
	case WebSearchToolCallActionTypeFindInPage:
		var v WebSearchActionFind
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateWebSearchToolCallActionFindInPage(v)
	default:
		*u = WebSearchToolCallAction{Unknown: append(json.RawMessage(nil), data...), Type: WebSearchToolCallActionType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u WebSearchToolCallAction) MarshalJSON() ([]byte, error) {
	switch {
	case u.WebSearchActionSearch != nil:
		return marshal(u.WebSearchActionSearch)
	case u.WebSearchActionOpenPage != nil:
		return marshal(u.WebSearchActionOpenPage)
	case u.WebSearchActionFind != nil:
		return marshal(u.WebSearchActionFind)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("WebSearchToolCallAction")
}
