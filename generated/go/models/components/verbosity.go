// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type Verbosity string

const (
	VerbosityLow    Verbosity = "low"
	VerbosityMedium Verbosity = "medium"
	VerbosityHigh   Verbosity = "high"
)

// ToPointer returns a pointer to a copy of e.
func (e Verbosity) ToPointer() *Verbosity {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *Verbosity) UnmarshalJSON(data []byte) error {
	return rooted("Verbosity", e.decode(data, "$"))
}

func (e *Verbosity) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "Verbosity", VerbosityLow, VerbosityMedium, VerbosityHigh)
}
