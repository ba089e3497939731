// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type InputFidelity string

const (
	InputFidelityHigh InputFidelity = "high"
	InputFidelityLow  InputFidelity = "low"
)

// ToPointer returns a pointer to a copy of e.
func (e InputFidelity) ToPointer() *InputFidelity {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *InputFidelity) UnmarshalJSON(data []byte) error {
	return rooted("InputFidelity", e.decode(data, "$"))
}

func (e *InputFidelity) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "InputFidelity", InputFidelityHigh, InputFidelityLow)
}
