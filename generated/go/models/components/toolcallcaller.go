// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type ToolCallCaller struct {
	DirectToolCallCaller  *DirectToolCallCaller
	ProgramToolCallCaller *ProgramToolCallCaller
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type ToolCallCallerType
}

// ToolCallCallerType - the `type` values of the ToolCallCaller members; a value not
// listed here is that of an unknown member.
type ToolCallCallerType string

const (
	ToolCallCallerTypeDirect  ToolCallCallerType = "direct"
	ToolCallCallerTypeProgram ToolCallCallerType = "program"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolCallCallerType) ToPointer() *ToolCallCallerType {
	return &e
}

// CreateToolCallCallerDirect wraps v in the union, setting its `type`.
func CreateToolCallCallerDirect(v DirectToolCallCaller) ToolCallCaller {
	typ := ToolCallCallerTypeDirect
	v.Type = DirectToolCallCallerType(typ)
	return ToolCallCaller{DirectToolCallCaller: &v, Type: typ}
}

// CreateToolCallCallerProgram wraps v in the union, setting its `type`.
func CreateToolCallCallerProgram(v ProgramToolCallCaller) ToolCallCaller {
	typ := ToolCallCallerTypeProgram
	v.Type = ProgramToolCallCallerType(typ)
	return ToolCallCaller{ProgramToolCallCaller: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u ToolCallCaller) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *ToolCallCaller) UnmarshalJSON(data []byte) error {
	return rooted("ToolCallCaller", u.decode(data, "$"))
}

func (u *ToolCallCaller) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "ToolCallCaller", "type")
	if err != nil {
		return err
	}
	switch ToolCallCallerType(tag) {
	case ToolCallCallerTypeDirect:
		var v DirectToolCallCaller
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateToolCallCallerDirect(v)
	case ToolCallCallerTypeProgram:
		var v ProgramToolCallCaller
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateToolCallCallerProgram(v)
	default:
		*u = ToolCallCaller{Unknown: append(json.RawMessage(nil), data...), Type: ToolCallCallerType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u ToolCallCaller) MarshalJSON() ([]byte, error) {
	switch {
	case u.DirectToolCallCaller != nil:
		return marshal(u.DirectToolCallCaller)
	case u.ProgramToolCallCaller != nil:
		return marshal(u.ProgramToolCallCaller)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("ToolCallCaller")
}
