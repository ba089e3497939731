// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OutputContent struct {
	OutputTextContent    *OutputTextContent
	RefusalContent       *RefusalContent
	ReasoningTextContent *ReasoningTextContent
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type OutputContentType
}

// OutputContentType - the `type` values of the OutputContent members; a value not
// listed here is that of an unknown member.
type OutputContentType string

const (
	OutputContentTypeOutputText    OutputContentType = "output_text"
	OutputContentTypeRefusal       OutputContentType = "refusal"
	OutputContentTypeReasoningText OutputContentType = "reasoning_text"
)

// ToPointer returns a pointer to a copy of e.
func (e OutputContentType) ToPointer() *OutputContentType {
	return &e
}

// CreateOutputContentOutputText wraps v in the union, setting its `type`.
func CreateOutputContentOutputText(v OutputTextContent) OutputContent {
	typ := OutputContentTypeOutputText
	v.Type = OutputTextContentType(typ)
	return OutputContent{OutputTextContent: &v, Type: typ}
}

// CreateOutputContentRefusal wraps v in the union, setting its `type`.
func CreateOutputContentRefusal(v RefusalContent) OutputContent {
	typ := OutputContentTypeRefusal
	v.Type = RefusalContentType(typ)
	return OutputContent{RefusalContent: &v, Type: typ}
}

// CreateOutputContentReasoningText wraps v in the union, setting its `type`.
func CreateOutputContentReasoningText(v ReasoningTextContent) OutputContent {
	typ := OutputContentTypeReasoningText
	v.Type = ReasoningTextContentType(typ)
	return OutputContent{ReasoningTextContent: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u OutputContent) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *OutputContent) UnmarshalJSON(data []byte) error {
	return rooted("OutputContent", u.decode(data, "$"))
}

func (u *OutputContent) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "OutputContent", "type")
	if err != nil {
		return err
	}
	switch OutputContentType(tag) {
	case OutputContentTypeOutputText:
		var v OutputTextContent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputContentOutputText(v)
	case OutputContentTypeRefusal:
		var v RefusalContent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputContentRefusal(v)
	case OutputContentTypeReasoningText:
		var v ReasoningTextContent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputContentReasoningText(v)
	default:
		*u = OutputContent{Unknown: append(json.RawMessage(nil), data...), Type: OutputContentType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u OutputContent) MarshalJSON() ([]byte, error) {
	switch {
	case u.OutputTextContent != nil:
		return marshal(u.OutputTextContent)
	case u.RefusalContent != nil:
		return marshal(u.RefusalContent)
	case u.ReasoningTextContent != nil:
		return marshal(u.ReasoningTextContent)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("OutputContent")
}
