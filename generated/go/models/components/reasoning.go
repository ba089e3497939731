// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type Reasoning struct {
	Mode            *ReasoningModeEnum                         `json:"mode,omitempty"`
	Effort          OptionalNullable[ReasoningEffort]          `json:"effort,omitempty"`
	Summary         OptionalNullable[ReasoningSummary]         `json:"summary,omitempty"`
	Context         OptionalNullable[ReasoningContext]         `json:"context,omitempty"`
	GenerateSummary OptionalNullable[ReasoningGenerateSummary] `json:"generate_summary,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that Reasoning does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *Reasoning) GetMode() *ReasoningModeEnum {
	if o == nil {
		return nil
	}
	return o.Mode
}

func (o *Reasoning) GetEffort() OptionalNullable[ReasoningEffort] {
	if o == nil {
		return OptionalNullable[ReasoningEffort]{}
	}
	return o.Effort
}

func (o *Reasoning) GetSummary() OptionalNullable[ReasoningSummary] {
	if o == nil {
		return OptionalNullable[ReasoningSummary]{}
	}
	return o.Summary
}

func (o *Reasoning) GetContext() OptionalNullable[ReasoningContext] {
	if o == nil {
		return OptionalNullable[ReasoningContext]{}
	}
	return o.Context
}

func (o *Reasoning) GetGenerateSummary() OptionalNullable[ReasoningGenerateSummary] {
	if o == nil {
		return OptionalNullable[ReasoningGenerateSummary]{}
	}
	return o.GenerateSummary
}

func (o *Reasoning) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *Reasoning) UnmarshalJSON(data []byte) error {
	return rooted("Reasoning", o.decode(data, "$"))
}

func (o *Reasoning) decode(data []byte, path string) error {
	var out Reasoning
	r := readObject(data, path, "Reasoning")
	readOptional(r, "mode", &out.Mode, (*ReasoningModeEnum).decode)
	readOptionalNullable(r, "effort", &out.Effort, (*ReasoningEffort).decode)
	readOptionalNullable(r, "summary", &out.Summary, (*ReasoningSummary).decode)
	readOptionalNullable(r, "context", &out.Context, (*ReasoningContext).decode)
	readOptionalNullable(r, "generate_summary", &out.GenerateSummary, (*ReasoningGenerateSummary).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o Reasoning) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.Mode != nil, "mode", o.Mode)
	w.valueIf(o.Effort.IsSet(), "effort", o.Effort)
	w.valueIf(o.Summary.IsSet(), "summary", o.Summary)
	w.valueIf(o.Context.IsSet(), "context", o.Context)
	w.valueIf(o.GenerateSummary.IsSet(), "generate_summary", o.GenerateSummary)
	return w.finish(o.AdditionalProperties)
}

type ReasoningSummary string

const (
	ReasoningSummaryAuto     ReasoningSummary = "auto"
	ReasoningSummaryConcise  ReasoningSummary = "concise"
	ReasoningSummaryDetailed ReasoningSummary = "detailed"
)

// ToPointer returns a pointer to a copy of e.
func (e ReasoningSummary) ToPointer() *ReasoningSummary {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ReasoningSummary) UnmarshalJSON(data []byte) error {
	return rooted("ReasoningSummary", e.decode(data, "$"))
}

func (e *ReasoningSummary) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ReasoningSummary", ReasoningSummaryAuto, ReasoningSummaryConcise, ReasoningSummaryDetailed)
}

type ReasoningContext string

const (
	ReasoningContextAuto        ReasoningContext = "auto"
	ReasoningContextCurrentTurn ReasoningContext = "current_turn"
	ReasoningContextAllTurns    ReasoningContext = "all_turns"
)

// ToPointer returns a pointer to a copy of e.
func (e ReasoningContext) ToPointer() *ReasoningContext {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ReasoningContext) UnmarshalJSON(data []byte) error {
	return rooted("ReasoningContext", e.decode(data, "$"))
}

func (e *ReasoningContext) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ReasoningContext", ReasoningContextAuto, ReasoningContextCurrentTurn, ReasoningContextAllTurns)
}

// ReasoningGenerateSummary - Deprecated: this is deprecated in the schema and may be removed.
type ReasoningGenerateSummary string

const (
	ReasoningGenerateSummaryAuto     ReasoningGenerateSummary = "auto"
	ReasoningGenerateSummaryConcise  ReasoningGenerateSummary = "concise"
	ReasoningGenerateSummaryDetailed ReasoningGenerateSummary = "detailed"
)

// ToPointer returns a pointer to a copy of e.
func (e ReasoningGenerateSummary) ToPointer() *ReasoningGenerateSummary {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ReasoningGenerateSummary) UnmarshalJSON(data []byte) error {
	return rooted("ReasoningGenerateSummary", e.decode(data, "$"))
}

func (e *ReasoningGenerateSummary) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ReasoningGenerateSummary", ReasoningGenerateSummaryAuto, ReasoningGenerateSummaryConcise, ReasoningGenerateSummaryDetailed)
}
