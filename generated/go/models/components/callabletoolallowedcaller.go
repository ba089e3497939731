// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type CallableToolAllowedCaller string

const (
	CallableToolAllowedCallerDirect       CallableToolAllowedCaller = "direct"
	CallableToolAllowedCallerProgrammatic CallableToolAllowedCaller = "programmatic"
)

// ToPointer returns a pointer to a copy of e.
func (e CallableToolAllowedCaller) ToPointer() *CallableToolAllowedCaller {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CallableToolAllowedCaller) UnmarshalJSON(data []byte) error {
	return rooted("CallableToolAllowedCaller", e.decode(data, "$"))
}

func (e *CallableToolAllowedCaller) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CallableToolAllowedCaller", CallableToolAllowedCallerDirect, CallableToolAllowedCallerProgrammatic)
}
