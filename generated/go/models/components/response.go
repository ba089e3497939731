// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type Response struct {
	Metadata    Metadata                  `json:"metadata"`
	TopLogprobs OptionalNullable[float64] `json:"top_logprobs,omitempty"`
	Temperature *float64                  `json:"temperature"`
	TopP        *float64                  `json:"top_p"`
	// Deprecated: this is deprecated in the schema and may be removed.
	User             *string                  `json:"user,omitempty"`
	SafetyIdentifier OptionalNullable[string] `json:"safety_identifier,omitempty"`
	PromptCacheKey   OptionalNullable[string] `json:"prompt_cache_key,omitempty"`
	// Deprecated: this is deprecated in the schema and may be removed.
	PromptCacheRetention OptionalNullable[ResponsePromptCacheRetention] `json:"prompt_cache_retention,omitempty"`
	PreviousResponseID   OptionalNullable[string]                       `json:"previous_response_id,omitempty"`
	Model                ModelIdsResponses                              `json:"model"`
	Background           OptionalNullable[bool]                         `json:"background,omitempty"`
	MaxToolCalls         OptionalNullable[float64]                      `json:"max_tool_calls,omitempty"`
	Text                 *ResponseTextParam                             `json:"text,omitempty"`
	Tools                ToolsArray                                     `json:"tools"`
	ToolChoice           ToolChoiceParam                                `json:"tool_choice"`
	Prompt               OptionalNullable[Prompt]                       `json:"prompt,omitempty"`
	ServiceTier          OptionalNullable[ServiceTierResponses]         `json:"service_tier,omitempty"`
	Truncation           OptionalNullable[ResponseTruncation]           `json:"truncation,omitempty"`
	ID                   string                                         `json:"id"`
	Object               ResponseObject                                 `json:"object"`
	Status               *ResponseStatus                                `json:"status,omitempty"`
	CreatedAt            float64                                        `json:"created_at"`
	CompletedAt          OptionalNullable[float64]                      `json:"completed_at,omitempty"`
	ErrorField           *ResponseError                                 `json:"error"`
	IncompleteDetails    *ResponseIncompleteDetails                     `json:"incomplete_details"`
	Output               []OutputItem                                   `json:"output"`
	Reasoning            OptionalNullable[Reasoning]                    `json:"reasoning,omitempty"`
	Instructions         *ResponseInstructions                          `json:"instructions"`
	OutputText           OptionalNullable[string]                       `json:"output_text,omitempty"`
	Usage                *ResponseUsage                                 `json:"usage,omitempty"`
	PromptCacheOptions   *PromptCacheOptions                            `json:"prompt_cache_options,omitempty"`
	Moderation           OptionalNullable[Moderation]                   `json:"moderation,omitempty"`
	ParallelToolCalls    bool                                           `json:"parallel_tool_calls"`
	Conversation         OptionalNullable[ResponseConversation]         `json:"conversation,omitempty"`
	MaxOutputTokens      OptionalNullable[float64]                      `json:"max_output_tokens,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that Response does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *Response) GetMetadata() Metadata {
	if o == nil {
		return nil
	}
	return o.Metadata
}

func (o *Response) GetTopLogprobs() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.TopLogprobs
}

func (o *Response) GetTemperature() *float64 {
	if o == nil {
		return nil
	}
	return o.Temperature
}

func (o *Response) GetTopP() *float64 {
	if o == nil {
		return nil
	}
	return o.TopP
}

func (o *Response) GetUser() *string {
	if o == nil {
		return nil
	}
	return o.User
}

func (o *Response) GetSafetyIdentifier() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.SafetyIdentifier
}

func (o *Response) GetPromptCacheKey() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.PromptCacheKey
}

func (o *Response) GetPromptCacheRetention() OptionalNullable[ResponsePromptCacheRetention] {
	if o == nil {
		return OptionalNullable[ResponsePromptCacheRetention]{}
	}
	return o.PromptCacheRetention
}

func (o *Response) GetPreviousResponseID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.PreviousResponseID
}

func (o *Response) GetModel() ModelIdsResponses {
	if o == nil {
		return ModelIdsResponses{}
	}
	return o.Model
}

func (o *Response) GetBackground() OptionalNullable[bool] {
	if o == nil {
		return OptionalNullable[bool]{}
	}
	return o.Background
}

func (o *Response) GetMaxToolCalls() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.MaxToolCalls
}

func (o *Response) GetText() *ResponseTextParam {
	if o == nil {
		return nil
	}
	return o.Text
}

func (o *Response) GetTools() ToolsArray {
	if o == nil {
		return nil
	}
	return o.Tools
}

func (o *Response) GetToolChoice() ToolChoiceParam {
	if o == nil {
		return ToolChoiceParam{}
	}
	return o.ToolChoice
}

func (o *Response) GetPrompt() OptionalNullable[Prompt] {
	if o == nil {
		return OptionalNullable[Prompt]{}
	}
	return o.Prompt
}

func (o *Response) GetServiceTier() OptionalNullable[ServiceTierResponses] {
	if o == nil {
		return OptionalNullable[ServiceTierResponses]{}
	}
	return o.ServiceTier
}

func (o *Response) GetTruncation() OptionalNullable[ResponseTruncation] {
	if o == nil {
		return OptionalNullable[ResponseTruncation]{}
	}
	return o.Truncation
}

func (o *Response) GetID() string {
	if o == nil {
		return ""
	}
	return o.ID
}

func (o *Response) GetObject() ResponseObject {
	if o == nil {
		return ""
	}
	return o.Object
}

func (o *Response) GetStatus() *ResponseStatus {
	if o == nil {
		return nil
	}
	return o.Status
}

func (o *Response) GetCreatedAt() float64 {
	if o == nil {
		return 0
	}
	return o.CreatedAt
}

func (o *Response) GetCompletedAt() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.CompletedAt
}

func (o *Response) GetErrorField() *ResponseError {
	if o == nil {
		return nil
	}
	return o.ErrorField
}

func (o *Response) GetIncompleteDetails() *ResponseIncompleteDetails {
	if o == nil {
		return nil
	}
	return o.IncompleteDetails
}

func (o *Response) GetOutput() []OutputItem {
	if o == nil {
		return nil
	}
	return o.Output
}

func (o *Response) GetReasoning() OptionalNullable[Reasoning] {
	if o == nil {
		return OptionalNullable[Reasoning]{}
	}
	return o.Reasoning
}

func (o *Response) GetInstructions() *ResponseInstructions {
	if o == nil {
		return nil
	}
	return o.Instructions
}

func (o *Response) GetOutputText() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.OutputText
}

func (o *Response) GetUsage() *ResponseUsage {
	if o == nil {
		return nil
	}
	return o.Usage
}

func (o *Response) GetPromptCacheOptions() *PromptCacheOptions {
	if o == nil {
		return nil
	}
	return o.PromptCacheOptions
}

func (o *Response) GetModeration() OptionalNullable[Moderation] {
	if o == nil {
		return OptionalNullable[Moderation]{}
	}
	return o.Moderation
}

func (o *Response) GetParallelToolCalls() bool {
	if o == nil {
		return false
	}
	return o.ParallelToolCalls
}

func (o *Response) GetConversation() OptionalNullable[ResponseConversation] {
	if o == nil {
		return OptionalNullable[ResponseConversation]{}
	}
	return o.Conversation
}

func (o *Response) GetMaxOutputTokens() OptionalNullable[float64] {
	if o == nil {
		return OptionalNullable[float64]{}
	}
	return o.MaxOutputTokens
}

func (o *Response) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *Response) UnmarshalJSON(data []byte) error {
	return rooted("Response", o.decode(data, "$"))
}

func (o *Response) decode(data []byte, path string) error {
	var out Response
	r := readObject(data, path, "Response")
	readRequired(r, "metadata", &out.Metadata, decodeNullable(decodeMap(decodeString)))
	readOptionalNullable(r, "top_logprobs", &out.TopLogprobs, bounded(decodeInteger, limits{hasMin: true, min: 0, hasMax: true, max: 20}))
	readRequired(r, "temperature", &out.Temperature, decodeNullable(bounded(decodeNumber, limits{hasMin: true, min: 0, hasMax: true, max: 2})))
	readRequired(r, "top_p", &out.TopP, decodeNullable(bounded(decodeNumber, limits{hasMin: true, min: 0, hasMax: true, max: 1})))
	readOptional(r, "user", &out.User, decodeString)
	readOptionalNullable(r, "safety_identifier", &out.SafetyIdentifier, sized(decodeString, limits{hasMax: true, max: 64}))
	readOptionalNullable(r, "prompt_cache_key", &out.PromptCacheKey, decodeString)
	readOptionalNullable(r, "prompt_cache_retention", &out.PromptCacheRetention, (*ResponsePromptCacheRetention).decode)
	readOptionalNullable(r, "previous_response_id", &out.PreviousResponseID, decodeString)
	readRequired(r, "model", &out.Model, (*ModelIdsResponses).decode)
	readOptionalNullable(r, "background", &out.Background, decodeBool)
	readOptionalNullable(r, "max_tool_calls", &out.MaxToolCalls, decodeInteger)
	readOptional(r, "text", &out.Text, (*ResponseTextParam).decode)
	readRequired(r, "tools", &out.Tools, (*ToolsArray).decode)
	readRequired(r, "tool_choice", &out.ToolChoice, (*ToolChoiceParam).decode)
	readOptionalNullable(r, "prompt", &out.Prompt, (*Prompt).decode)
	readOptionalNullable(r, "service_tier", &out.ServiceTier, (*ServiceTierResponses).decode)
	readOptionalNullable(r, "truncation", &out.Truncation, (*ResponseTruncation).decode)
	readRequired(r, "id", &out.ID, decodeString)
	readRequired(r, "object", &out.Object, (*ResponseObject).decode)
	readOptional(r, "status", &out.Status, (*ResponseStatus).decode)
	readRequired(r, "created_at", &out.CreatedAt, decodeNumber)
	readOptionalNullable(r, "completed_at", &out.CompletedAt, decodeNumber)
	readRequired(r, "error", &out.ErrorField, decodeNullable((*ResponseError).decode))
	readRequired(r, "incomplete_details", &out.IncompleteDetails, decodeNullable((*ResponseIncompleteDetails).decode))
	readRequired(r, "output", &out.Output, decodeArray((*OutputItem).decode))
	readOptionalNullable(r, "reasoning", &out.Reasoning, (*Reasoning).decode)
	readRequired(r, "instructions", &out.Instructions, decodeNullable((*ResponseInstructions).decode))
	readOptionalNullable(r, "output_text", &out.OutputText, decodeString)
	readOptional(r, "usage", &out.Usage, (*ResponseUsage).decode)
	readOptional(r, "prompt_cache_options", &out.PromptCacheOptions, (*PromptCacheOptions).decode)
	readOptionalNullable(r, "moderation", &out.Moderation, (*Moderation).decode)
	readRequired(r, "parallel_tool_calls", &out.ParallelToolCalls, decodeBool)
	readOptionalNullable(r, "conversation", &out.Conversation, (*ResponseConversation).decode)
	readOptionalNullable(r, "max_output_tokens", &out.MaxOutputTokens, decodeInteger)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o Response) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("metadata", o.Metadata)
	w.valueIf(o.TopLogprobs.IsSet(), "top_logprobs", o.TopLogprobs)
	w.value("temperature", o.Temperature)
	w.value("top_p", o.TopP)
	w.valueIf(o.User != nil, "user", o.User)
	w.valueIf(o.SafetyIdentifier.IsSet(), "safety_identifier", o.SafetyIdentifier)
	w.valueIf(o.PromptCacheKey.IsSet(), "prompt_cache_key", o.PromptCacheKey)
	w.valueIf(o.PromptCacheRetention.IsSet(), "prompt_cache_retention", o.PromptCacheRetention)
	w.valueIf(o.PreviousResponseID.IsSet(), "previous_response_id", o.PreviousResponseID)
	w.value("model", o.Model)
	w.valueIf(o.Background.IsSet(), "background", o.Background)
	w.valueIf(o.MaxToolCalls.IsSet(), "max_tool_calls", o.MaxToolCalls)
	w.valueIf(o.Text != nil, "text", o.Text)
	w.value("tools", o.Tools)
	w.value("tool_choice", o.ToolChoice)
	w.valueIf(o.Prompt.IsSet(), "prompt", o.Prompt)
	w.valueIf(o.ServiceTier.IsSet(), "service_tier", o.ServiceTier)
	w.valueIf(o.Truncation.IsSet(), "truncation", o.Truncation)
	w.value("id", o.ID)
	w.value("object", o.Object)
	w.valueIf(o.Status != nil, "status", o.Status)
	w.value("created_at", o.CreatedAt)
	w.valueIf(o.CompletedAt.IsSet(), "completed_at", o.CompletedAt)
	w.value("error", o.ErrorField)
	w.value("incomplete_details", o.IncompleteDetails)
	w.value("output", o.Output)
	w.valueIf(o.Reasoning.IsSet(), "reasoning", o.Reasoning)
	w.value("instructions", o.Instructions)
	w.valueIf(o.OutputText.IsSet(), "output_text", o.OutputText)
	w.valueIf(o.Usage != nil, "usage", o.Usage)
	w.valueIf(o.PromptCacheOptions != nil, "prompt_cache_options", o.PromptCacheOptions)
	w.valueIf(o.Moderation.IsSet(), "moderation", o.Moderation)
	w.value("parallel_tool_calls", o.ParallelToolCalls)
	w.valueIf(o.Conversation.IsSet(), "conversation", o.Conversation)
	w.valueIf(o.MaxOutputTokens.IsSet(), "max_output_tokens", o.MaxOutputTokens)
	return w.finish(o.AdditionalProperties)
}

// ResponsePromptCacheRetention - Deprecated: this is deprecated in the schema and may be removed.
type ResponsePromptCacheRetention string

const (
	ResponsePromptCacheRetentionInMemory    ResponsePromptCacheRetention = "in_memory"
	ResponsePromptCacheRetentionTwentyFourh ResponsePromptCacheRetention = "24h"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponsePromptCacheRetention) ToPointer() *ResponsePromptCacheRetention {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponsePromptCacheRetention) UnmarshalJSON(data []byte) error {
	return rooted("ResponsePromptCacheRetention", e.decode(data, "$"))
}

func (e *ResponsePromptCacheRetention) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponsePromptCacheRetention", ResponsePromptCacheRetentionInMemory, ResponsePromptCacheRetentionTwentyFourh)
}

type ResponseTruncation string

const (
	ResponseTruncationAuto     ResponseTruncation = "auto"
	ResponseTruncationDisabled ResponseTruncation = "disabled"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseTruncation) ToPointer() *ResponseTruncation {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseTruncation) UnmarshalJSON(data []byte) error {
	return rooted("ResponseTruncation", e.decode(data, "$"))
}

func (e *ResponseTruncation) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseTruncation", ResponseTruncationAuto, ResponseTruncationDisabled)
}

type ResponseObject string

const (
	ResponseObjectResponse ResponseObject = "response"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseObject) ToPointer() *ResponseObject {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseObject) UnmarshalJSON(data []byte) error {
	return rooted("ResponseObject", e.decode(data, "$"))
}

func (e *ResponseObject) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseObject", ResponseObjectResponse)
}

type ResponseStatus string

const (
	ResponseStatusCompleted  ResponseStatus = "completed"
	ResponseStatusFailed     ResponseStatus = "failed"
	ResponseStatusInProgress ResponseStatus = "in_progress"
	ResponseStatusCancelled  ResponseStatus = "cancelled"
	ResponseStatusQueued     ResponseStatus = "queued"
	ResponseStatusIncomplete ResponseStatus = "incomplete"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseStatus) ToPointer() *ResponseStatus {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseStatus) UnmarshalJSON(data []byte) error {
	return rooted("ResponseStatus", e.decode(data, "$"))
}

func (e *ResponseStatus) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseStatus", ResponseStatusCompleted, ResponseStatusFailed, ResponseStatusInProgress, ResponseStatusCancelled, ResponseStatusQueued, ResponseStatusIncomplete)
}

type ResponseIncompleteDetails struct {
	Reason *ResponseIncompleteDetailsReason `json:"reason,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that ResponseIncompleteDetails does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *ResponseIncompleteDetails) GetReason() *ResponseIncompleteDetailsReason {
	if o == nil {
		return nil
	}
	return o.Reason
}

func (o *ResponseIncompleteDetails) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *ResponseIncompleteDetails) UnmarshalJSON(data []byte) error {
	return rooted("ResponseIncompleteDetails", o.decode(data, "$"))
}

func (o *ResponseIncompleteDetails) decode(data []byte, path string) error {
	var out ResponseIncompleteDetails
	r := readObject(data, path, "ResponseIncompleteDetails")
	readOptional(r, "reason", &out.Reason, (*ResponseIncompleteDetailsReason).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o ResponseIncompleteDetails) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.Reason != nil, "reason", o.Reason)
	return w.finish(o.AdditionalProperties)
}

type ResponseIncompleteDetailsReason string

const (
	ResponseIncompleteDetailsReasonMaxOutputTokens ResponseIncompleteDetailsReason = "max_output_tokens"
	ResponseIncompleteDetailsReasonContentFilter   ResponseIncompleteDetailsReason = "content_filter"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseIncompleteDetailsReason) ToPointer() *ResponseIncompleteDetailsReason {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseIncompleteDetailsReason) UnmarshalJSON(data []byte) error {
	return rooted("ResponseIncompleteDetailsReason", e.decode(data, "$"))
}

func (e *ResponseIncompleteDetailsReason) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseIncompleteDetailsReason", ResponseIncompleteDetailsReasonMaxOutputTokens, ResponseIncompleteDetailsReasonContentFilter)
}

type ResponseInstructions struct {
	Str              *string
	ArrayOfInputItem []InputItem

	// Type names the alternative held.
	Type ResponseInstructionsType
}

// ResponseInstructionsType names the alternatives of ResponseInstructions.
type ResponseInstructionsType string

const (
	ResponseInstructionsTypeStr              ResponseInstructionsType = "str"
	ResponseInstructionsTypeArrayOfInputItem ResponseInstructionsType = "arrayOfInputItem"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseInstructionsType) ToPointer() *ResponseInstructionsType {
	return &e
}

// CreateResponseInstructionsStr wraps v in the union.
func CreateResponseInstructionsStr(v string) ResponseInstructions {
	return ResponseInstructions{Str: &v, Type: ResponseInstructionsTypeStr}
}

// CreateResponseInstructionsArrayOfInputItem wraps v in the union.
func CreateResponseInstructionsArrayOfInputItem(v []InputItem) ResponseInstructions {
	return ResponseInstructions{ArrayOfInputItem: v, Type: ResponseInstructionsTypeArrayOfInputItem}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *ResponseInstructions) UnmarshalJSON(data []byte) error {
	return rooted("ResponseInstructions", u.decode(data, "$"))
}

func (u *ResponseInstructions) decode(data []byte, path string) error {
	var v1 string
	if decodeString(&v1, data, path) == nil {
		*u = CreateResponseInstructionsStr(v1)
		return nil
	}
	var v2 []InputItem
	if decodeArray((*InputItem).decode)(&v2, data, path) == nil {
		*u = CreateResponseInstructionsArrayOfInputItem(v2)
		return nil
	}
	return &DecodeError{Type: "ResponseInstructions", Path: path, Expected: "one of: a string, an array of InputItem values", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u ResponseInstructions) MarshalJSON() ([]byte, error) {
	switch {
	case u.Str != nil:
		return marshal(u.Str)
	case u.ArrayOfInputItem != nil:
		return marshal(u.ArrayOfInputItem)
	}
	return nil, noMember("ResponseInstructions")
}
