// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type InputContent struct {
	InputTextContent  *InputTextContent
	InputImageContent *InputImageContent
	InputFileContent  *InputFileContent
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type InputContentType
}

// InputContentType - the `type` values of the InputContent members; a value not
// listed here is that of an unknown member.
type InputContentType string

const (
	InputContentTypeInputText  InputContentType = "input_text"
	InputContentTypeInputImage InputContentType = "input_image"
	InputContentTypeInputFile  InputContentType = "input_file"
)

// ToPointer returns a pointer to a copy of e.
func (e InputContentType) ToPointer() *InputContentType {
	return &e
}

// CreateInputContentInputText wraps v in the union, setting its `type`.
func CreateInputContentInputText(v InputTextContent) InputContent {
	typ := InputContentTypeInputText
	v.Type = InputTextContentType(typ)
	return InputContent{InputTextContent: &v, Type: typ}
}

// CreateInputContentInputImage wraps v in the union, setting its `type`.
func CreateInputContentInputImage(v InputImageContent) InputContent {
	typ := InputContentTypeInputImage
	v.Type = InputImageContentType(typ)
	return InputContent{InputImageContent: &v, Type: typ}
}

// CreateInputContentInputFile wraps v in the union, setting its `type`.
func CreateInputContentInputFile(v InputFileContent) InputContent {
	typ := InputContentTypeInputFile
	v.Type = InputFileContentType(typ)
	return InputContent{InputFileContent: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u InputContent) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *InputContent) UnmarshalJSON(data []byte) error {
	return rooted("InputContent", u.decode(data, "$"))
}

func (u *InputContent) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "InputContent", "type")
	if err != nil {
		return err
	}
	switch InputContentType(tag) {
	case InputContentTypeInputText:
		var v InputTextContent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateInputContentInputText(v)
	case InputContentTypeInputImage:
		var v InputImageContent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateInputContentInputImage(v)
	case InputContentTypeInputFile:
		var v InputFileContent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateInputContentInputFile(v)
	default:
		*u = InputContent{Unknown: append(json.RawMessage(nil), data...), Type: InputContentType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u InputContent) MarshalJSON() ([]byte, error) {
	switch {
	case u.InputTextContent != nil:
		return marshal(u.InputTextContent)
	case u.InputImageContent != nil:
		return marshal(u.InputImageContent)
	case u.InputFileContent != nil:
		return marshal(u.InputFileContent)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("InputContent")
}
