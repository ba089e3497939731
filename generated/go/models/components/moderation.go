// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type Moderation struct {
	Input  ModerationInputResult  `json:"input"`
	Output ModerationOutputResult `json:"output"`
	// AdditionalProperties holds the fields of the JSON object that Moderation does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *Moderation) GetInput() ModerationInputResult {
	if o == nil {
		return ModerationInputResult{}
	}
	return o.Input
}

func (o *Moderation) GetOutput() ModerationOutputResult {
	if o == nil {
		return ModerationOutputResult{}
	}
	return o.Output
}

func (o *Moderation) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *Moderation) UnmarshalJSON(data []byte) error {
	return rooted("Moderation", o.decode(data, "$"))
}

func (o *Moderation) decode(data []byte, path string) error {
	var out Moderation
	r := readObject(data, path, "Moderation")
	readRequired(r, "input", &out.Input, (*ModerationInputResult).decode)
	readRequired(r, "output", &out.Output, (*ModerationOutputResult).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o Moderation) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("input", o.Input)
	w.value("output", o.Output)
	return w.finish(o.AdditionalProperties)
}

type ModerationInputResult struct {
	ModerationResultBody *ModerationResultBody
	ModerationErrorBody  *ModerationErrorBody
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type ModerationInputResultType
}

// ModerationInputResultType - the `type` values of the ModerationInputResult members; a value not
// listed here is that of an unknown member.
type ModerationInputResultType string

const (
	ModerationInputResultTypeModerationResult ModerationInputResultType = "moderation_result"
	ModerationInputResultTypeError            ModerationInputResultType = "error"
)

// ToPointer returns a pointer to a copy of e.
func (e ModerationInputResultType) ToPointer() *ModerationInputResultType {
	return &e
}

// CreateModerationInputResultModerationResult wraps v in the union, setting its `type`.
func CreateModerationInputResultModerationResult(v ModerationResultBody) ModerationInputResult {
	typ := ModerationInputResultTypeModerationResult
	v.Type = ModerationResultBodyType(typ)
	return ModerationInputResult{ModerationResultBody: &v, Type: typ}
}

// CreateModerationInputResultError wraps v in the union, setting its `type`.
func CreateModerationInputResultError(v ModerationErrorBody) ModerationInputResult {
	typ := ModerationInputResultTypeError
	v.Type = ModerationErrorBodyType(typ)
	return ModerationInputResult{ModerationErrorBody: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u ModerationInputResult) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *ModerationInputResult) UnmarshalJSON(data []byte) error {
	return rooted("ModerationInputResult", u.decode(data, "$"))
}

func (u *ModerationInputResult) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "ModerationInputResult", "type")
	if err != nil {
		return err
	}
	switch ModerationInputResultType(tag) {
	case ModerationInputResultTypeModerationResult:
		var v ModerationResultBody
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateModerationInputResultModerationResult(v)
	case ModerationInputResultTypeError:
		var v ModerationErrorBody
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateModerationInputResultError(v)
	default:
		*u = ModerationInputResult{Unknown: append(json.RawMessage(nil), data...), Type: ModerationInputResultType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u ModerationInputResult) MarshalJSON() ([]byte, error) {
	switch {
	case u.ModerationResultBody != nil:
		return marshal(u.ModerationResultBody)
	case u.ModerationErrorBody != nil:
		return marshal(u.ModerationErrorBody)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("ModerationInputResult")
}

type ModerationOutputResult struct {
	ModerationResultBody *ModerationResultBody
	ModerationErrorBody  *ModerationErrorBody
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type ModerationOutputResultType
}

// ModerationOutputResultType - the `type` values of the ModerationOutputResult members; a value not
// listed here is that of an unknown member.
type ModerationOutputResultType string

const (
	ModerationOutputResultTypeModerationResult ModerationOutputResultType = "moderation_result"
	ModerationOutputResultTypeError            ModerationOutputResultType = "error"
)

// ToPointer returns a pointer to a copy of e.
func (e ModerationOutputResultType) ToPointer() *ModerationOutputResultType {
	return &e
}

// CreateModerationOutputResultModerationResult wraps v in the union, setting its `type`.
func CreateModerationOutputResultModerationResult(v ModerationResultBody) ModerationOutputResult {
	typ := ModerationOutputResultTypeModerationResult
	v.Type = ModerationResultBodyType(typ)
	return ModerationOutputResult{ModerationResultBody: &v, Type: typ}
}

// CreateModerationOutputResultError wraps v in the union, setting its `type`.
func CreateModerationOutputResultError(v ModerationErrorBody) ModerationOutputResult {
	typ := ModerationOutputResultTypeError
	v.Type = ModerationErrorBodyType(typ)
	return ModerationOutputResult{ModerationErrorBody: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u ModerationOutputResult) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *ModerationOutputResult) UnmarshalJSON(data []byte) error {
	return rooted("ModerationOutputResult", u.decode(data, "$"))
}

func (u *ModerationOutputResult) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "ModerationOutputResult", "type")
	if err != nil {
		return err
	}
	switch ModerationOutputResultType(tag) {
	case ModerationOutputResultTypeModerationResult:
		var v ModerationResultBody
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateModerationOutputResultModerationResult(v)
	case ModerationOutputResultTypeError:
		var v ModerationErrorBody
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateModerationOutputResultError(v)
	default:
		*u = ModerationOutputResult{Unknown: append(json.RawMessage(nil), data...), Type: ModerationOutputResultType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u ModerationOutputResult) MarshalJSON() ([]byte, error) {
	switch {
	case u.ModerationResultBody != nil:
		return marshal(u.ModerationResultBody)
	case u.ModerationErrorBody != nil:
		return marshal(u.ModerationErrorBody)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("ModerationOutputResult")
}
