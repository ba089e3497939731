// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellCallOutputOutcomeParam struct {
	FunctionShellCallOutputTimeoutOutcomeParam *FunctionShellCallOutputTimeoutOutcomeParam
	FunctionShellCallOutputExitOutcomeParam    *FunctionShellCallOutputExitOutcomeParam
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type FunctionShellCallOutputOutcomeParamType
}

// FunctionShellCallOutputOutcomeParamType - the `type` values of the FunctionShellCallOutputOutcomeParam members; a value not
// listed here is that of an unknown member.
type FunctionShellCallOutputOutcomeParamType string

const (
	FunctionShellCallOutputOutcomeParamTypeTimeout FunctionShellCallOutputOutcomeParamType = "timeout"
	FunctionShellCallOutputOutcomeParamTypeExit    FunctionShellCallOutputOutcomeParamType = "exit"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallOutputOutcomeParamType) ToPointer() *FunctionShellCallOutputOutcomeParamType {
	return &e
}

// CreateFunctionShellCallOutputOutcomeParamTimeout wraps v in the union, setting its `type`.
func CreateFunctionShellCallOutputOutcomeParamTimeout(v FunctionShellCallOutputTimeoutOutcomeParam) FunctionShellCallOutputOutcomeParam {
	typ := FunctionShellCallOutputOutcomeParamTypeTimeout
	v.Type = FunctionShellCallOutputTimeoutOutcomeParamType(typ)
	return FunctionShellCallOutputOutcomeParam{FunctionShellCallOutputTimeoutOutcomeParam: &v, Type: typ}
}

// CreateFunctionShellCallOutputOutcomeParamExit wraps v in the union, setting its `type`.
func CreateFunctionShellCallOutputOutcomeParamExit(v FunctionShellCallOutputExitOutcomeParam) FunctionShellCallOutputOutcomeParam {
	typ := FunctionShellCallOutputOutcomeParamTypeExit
	v.Type = FunctionShellCallOutputExitOutcomeParamType(typ)
	return FunctionShellCallOutputOutcomeParam{FunctionShellCallOutputExitOutcomeParam: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u FunctionShellCallOutputOutcomeParam) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *FunctionShellCallOutputOutcomeParam) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputOutcomeParam", u.decode(data, "$"))
}

func (u *FunctionShellCallOutputOutcomeParam) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "FunctionShellCallOutputOutcomeParam", "type")
	if err != nil {
		return err
	}
	switch FunctionShellCallOutputOutcomeParamType(tag) {
	case FunctionShellCallOutputOutcomeParamTypeTimeout:
		var v FunctionShellCallOutputTimeoutOutcomeParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionShellCallOutputOutcomeParamTimeout(v)
	case FunctionShellCallOutputOutcomeParamTypeExit:
		var v FunctionShellCallOutputExitOutcomeParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionShellCallOutputOutcomeParamExit(v)
	default:
		*u = FunctionShellCallOutputOutcomeParam{Unknown: append(json.RawMessage(nil), data...), Type: FunctionShellCallOutputOutcomeParamType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u FunctionShellCallOutputOutcomeParam) MarshalJSON() ([]byte, error) {
	switch {
	case u.FunctionShellCallOutputTimeoutOutcomeParam != nil:
		return marshal(u.FunctionShellCallOutputTimeoutOutcomeParam)
	case u.FunctionShellCallOutputExitOutcomeParam != nil:
		return marshal(u.FunctionShellCallOutputExitOutcomeParam)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("FunctionShellCallOutputOutcomeParam")
}
