// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ToolCallCallerParam struct {
	DirectToolCallCallerParam  *DirectToolCallCallerParam
	ProgramToolCallCallerParam *ProgramToolCallCallerParam
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type ToolCallCallerParamType
}

// ToolCallCallerParamType - the `type` values of the ToolCallCallerParam members; a value not
// listed here is that of an unknown member.
type ToolCallCallerParamType string

const (
	ToolCallCallerParamTypeDirect  ToolCallCallerParamType = "direct"
	ToolCallCallerParamTypeProgram ToolCallCallerParamType = "program"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolCallCallerParamType) ToPointer() *ToolCallCallerParamType {
	return &e
}

// CreateToolCallCallerParamDirect wraps v in the union, setting its `type`.
func CreateToolCallCallerParamDirect(v DirectToolCallCallerParam) ToolCallCallerParam {
	typ := ToolCallCallerParamTypeDirect
	v.Type = DirectToolCallCallerParamType(typ)
	return ToolCallCallerParam{DirectToolCallCallerParam: &v, Type: typ}
}

// CreateToolCallCallerParamProgram wraps v in the union, setting its `type`.
func CreateToolCallCallerParamProgram(v ProgramToolCallCallerParam) ToolCallCallerParam {
	typ := ToolCallCallerParamTypeProgram
	v.Type = ProgramToolCallCallerParamType(typ)
	return ToolCallCallerParam{ProgramToolCallCallerParam: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u ToolCallCallerParam) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *ToolCallCallerParam) UnmarshalJSON(data []byte) error {
	return rooted("ToolCallCallerParam", u.decode(data, "$"))
}

func (u *ToolCallCallerParam) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "ToolCallCallerParam", "type")
	if err != nil {
		return err
	}
	switch ToolCallCallerParamType(tag) {
	case ToolCallCallerParamTypeDirect:
		var v DirectToolCallCallerParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateToolCallCallerParamDirect(v)
	case ToolCallCallerParamTypeProgram:
		var v ProgramToolCallCallerParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateToolCallCallerParamProgram(v)
	default:
		*u = ToolCallCallerParam{Unknown: append(json.RawMessage(nil), data...), Type: ToolCallCallerParamType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u ToolCallCallerParam) MarshalJSON() ([]byte, error) {
	switch {
	case u.DirectToolCallCallerParam != nil:
		return marshal(u.DirectToolCallCallerParam)
	case u.ProgramToolCallCallerParam != nil:
		return marshal(u.ProgramToolCallCallerParam)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("ToolCallCallerParam")
}
