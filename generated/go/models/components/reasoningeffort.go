// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ReasoningEffort string

const (
	ReasoningEffortNone    ReasoningEffort = "none"
	ReasoningEffortMinimal ReasoningEffort = "minimal"
	ReasoningEffortLow     ReasoningEffort = "low"
	ReasoningEffortMedium  ReasoningEffort = "medium"
	ReasoningEffortHigh    ReasoningEffort = "high"
	ReasoningEffortXhigh   ReasoningEffort = "xhigh"
	ReasoningEffortMax     ReasoningEffort = "max"
)

// ToPointer returns a pointer to a copy of e.
func (e ReasoningEffort) ToPointer() *ReasoningEffort {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ReasoningEffort) UnmarshalJSON(data []byte) error {
	return rooted("ReasoningEffort", e.decode(data, "$"))
}

func (e *ReasoningEffort) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ReasoningEffort", ReasoningEffortNone, ReasoningEffortMinimal, ReasoningEffortLow, ReasoningEffortMedium, ReasoningEffortHigh, ReasoningEffortXhigh, ReasoningEffortMax)
}
