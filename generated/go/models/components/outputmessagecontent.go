// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OutputMessageContent struct {
	OutputTextContent *OutputTextContent
	RefusalContent    *RefusalContent
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type OutputMessageContentType
}

// OutputMessageContentType - the `type` values of the OutputMessageContent members; a value not
// listed here is that of an unknown member.
type OutputMessageContentType string

const (
	OutputMessageContentTypeOutputText OutputMessageContentType = "output_text"
	OutputMessageContentTypeRefusal    OutputMessageContentType = "refusal"
)

// ToPointer returns a pointer to a copy of e.
func (e OutputMessageContentType) ToPointer() *OutputMessageContentType {
	return &e
}

// CreateOutputMessageContentOutputText wraps v in the union, setting its `type`.
func CreateOutputMessageContentOutputText(v OutputTextContent) OutputMessageContent {
	typ := OutputMessageContentTypeOutputText
	v.Type = OutputTextContentType(typ)
	return OutputMessageContent{OutputTextContent: &v, Type: typ}
}

// CreateOutputMessageContentRefusal wraps v in the union, setting its `type`.
func CreateOutputMessageContentRefusal(v RefusalContent) OutputMessageContent {
	typ := OutputMessageContentTypeRefusal
	v.Type = RefusalContentType(typ)
	return OutputMessageContent{RefusalContent: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u OutputMessageContent) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *OutputMessageContent) UnmarshalJSON(data []byte) error {
	return rooted("OutputMessageContent", u.decode(data, "$"))
}

func (u *OutputMessageContent) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "OutputMessageContent", "type")
	if err != nil {
		return err
	}
	switch OutputMessageContentType(tag) {
	case OutputMessageContentTypeOutputText:
		var v OutputTextContent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputMessageContentOutputText(v)
	case OutputMessageContentTypeRefusal:
		var v RefusalContent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputMessageContentRefusal(v)
	default:
		*u = OutputMessageContent{Unknown: append(json.RawMessage(nil), data...), Type: OutputMessageContentType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u OutputMessageContent) MarshalJSON() ([]byte, error) {
	switch {
	case u.OutputTextContent != nil:
		return marshal(u.OutputTextContent)
	case u.RefusalContent != nil:
		return marshal(u.RefusalContent)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("OutputMessageContent")
}
