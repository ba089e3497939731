// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionShellCallOutputContent struct {
	Stdout    string                                `json:"stdout"`
	Stderr    string                                `json:"stderr"`
	Outcome   FunctionShellCallOutputContentOutcome `json:"outcome"`
	CreatedBy *string                               `json:"created_by,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FunctionShellCallOutputContent does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionShellCallOutputContent) GetStdout() string {
	if o == nil {
		return ""
	}
	return o.Stdout
}

func (o *FunctionShellCallOutputContent) GetStderr() string {
	if o == nil {
		return ""
	}
	return o.Stderr
}

func (o *FunctionShellCallOutputContent) GetOutcome() FunctionShellCallOutputContentOutcome {
	if o == nil {
		return FunctionShellCallOutputContentOutcome{}
	}
	return o.Outcome
}

func (o *FunctionShellCallOutputContent) GetCreatedBy() *string {
	if o == nil {
		return nil
	}
	return o.CreatedBy
}

func (o *FunctionShellCallOutputContent) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionShellCallOutputContent) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputContent", o.decode(data, "$"))
}

func (o *FunctionShellCallOutputContent) decode(data []byte, path string) error {
	var out FunctionShellCallOutputContent
	r := readObject(data, path, "FunctionShellCallOutputContent")
	readRequired(r, "stdout", &out.Stdout, decodeString)
	readRequired(r, "stderr", &out.Stderr, decodeString)
	readRequired(r, "outcome", &out.Outcome, (*FunctionShellCallOutputContentOutcome).decode)
	readOptional(r, "created_by", &out.CreatedBy, decodeString)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionShellCallOutputContent) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("stdout", o.Stdout)
	w.value("stderr", o.Stderr)
	w.value("outcome", o.Outcome)
	w.valueIf(o.CreatedBy != nil, "created_by", o.CreatedBy)
	return w.finish(o.AdditionalProperties)
}

type FunctionShellCallOutputContentOutcome struct {
	FunctionShellCallOutputTimeoutOutcome *FunctionShellCallOutputTimeoutOutcome
	FunctionShellCallOutputExitOutcome    *FunctionShellCallOutputExitOutcome
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type FunctionShellCallOutputContentOutcomeType
}

// FunctionShellCallOutputContentOutcomeType - the `type` values of the FunctionShellCallOutputContentOutcome members; a value not
// listed here is that of an unknown member.
type FunctionShellCallOutputContentOutcomeType string

const (
	FunctionShellCallOutputContentOutcomeTypeTimeout FunctionShellCallOutputContentOutcomeType = "timeout"
	FunctionShellCallOutputContentOutcomeTypeExit    FunctionShellCallOutputContentOutcomeType = "exit"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionShellCallOutputContentOutcomeType) ToPointer() *FunctionShellCallOutputContentOutcomeType {
	return &e
}

// CreateFunctionShellCallOutputContentOutcomeTimeout wraps v in the union, setting its `type`.
func CreateFunctionShellCallOutputContentOutcomeTimeout(v FunctionShellCallOutputTimeoutOutcome) FunctionShellCallOutputContentOutcome {
	typ := FunctionShellCallOutputContentOutcomeTypeTimeout
	v.Type = FunctionShellCallOutputTimeoutOutcomeType(typ)
	return FunctionShellCallOutputContentOutcome{FunctionShellCallOutputTimeoutOutcome: &v, Type: typ}
}

// CreateFunctionShellCallOutputContentOutcomeExit wraps v in the union, setting its `type`.
func CreateFunctionShellCallOutputContentOutcomeExit(v FunctionShellCallOutputExitOutcome) FunctionShellCallOutputContentOutcome {
	typ := FunctionShellCallOutputContentOutcomeTypeExit
	v.Type = FunctionShellCallOutputExitOutcomeType(typ)
	return FunctionShellCallOutputContentOutcome{FunctionShellCallOutputExitOutcome: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u FunctionShellCallOutputContentOutcome) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *FunctionShellCallOutputContentOutcome) UnmarshalJSON(data []byte) error {
	return rooted("FunctionShellCallOutputContentOutcome", u.decode(data, "$"))
}

func (u *FunctionShellCallOutputContentOutcome) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "FunctionShellCallOutputContentOutcome", "type")
	if err != nil {
		return err
	}
	switch FunctionShellCallOutputContentOutcomeType(tag) {
	case FunctionShellCallOutputContentOutcomeTypeTimeout:
		var v FunctionShellCallOutputTimeoutOutcome
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionShellCallOutputContentOutcomeTimeout(v)
	case FunctionShellCallOutputContentOutcomeTypeExit:
		var v FunctionShellCallOutputExitOutcome
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionShellCallOutputContentOutcomeExit(v)
	default:
		*u = FunctionShellCallOutputContentOutcome{Unknown: append(json.RawMessage(nil), data...), Type: FunctionShellCallOutputContentOutcomeType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u FunctionShellCallOutputContentOutcome) MarshalJSON() ([]byte, error) {
	switch {
	case u.FunctionShellCallOutputTimeoutOutcome != nil:
		return marshal(u.FunctionShellCallOutputTimeoutOutcome)
	case u.FunctionShellCallOutputExitOutcome != nil:
		return marshal(u.FunctionShellCallOutputExitOutcome)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("FunctionShellCallOutputContentOutcome")
}
