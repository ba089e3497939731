// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionAndCustomToolCallOutput struct {
	InputTextContent  *InputTextContent
	InputImageContent *InputImageContent
	InputFileContent  *InputFileContent
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type FunctionAndCustomToolCallOutputType
}

// FunctionAndCustomToolCallOutputType - the `type` values of the FunctionAndCustomToolCallOutput members; a value not
// listed here is that of an unknown member.
type FunctionAndCustomToolCallOutputType string

const (
	FunctionAndCustomToolCallOutputTypeInputText  FunctionAndCustomToolCallOutputType = "input_text"
	FunctionAndCustomToolCallOutputTypeInputImage FunctionAndCustomToolCallOutputType = "input_image"
	FunctionAndCustomToolCallOutputTypeInputFile  FunctionAndCustomToolCallOutputType = "input_file"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionAndCustomToolCallOutputType) ToPointer() *FunctionAndCustomToolCallOutputType {
	return &e
}

// CreateFunctionAndCustomToolCallOutputInputText wraps v in the union, setting its `type`.
func CreateFunctionAndCustomToolCallOutputInputText(v InputTextContent) FunctionAndCustomToolCallOutput {
	typ := FunctionAndCustomToolCallOutputTypeInputText
	v.Type = InputTextContentType(typ)
	return FunctionAndCustomToolCallOutput{InputTextContent: &v, Type: typ}
}

// CreateFunctionAndCustomToolCallOutputInputImage wraps v in the union, setting its `type`.
func CreateFunctionAndCustomToolCallOutputInputImage(v InputImageContent) FunctionAndCustomToolCallOutput {
	typ := FunctionAndCustomToolCallOutputTypeInputImage
	v.Type = InputImageContentType(typ)
	return FunctionAndCustomToolCallOutput{InputImageContent: &v, Type: typ}
}

// CreateFunctionAndCustomToolCallOutputInputFile wraps v in the union, setting its `type`.
func CreateFunctionAndCustomToolCallOutputInputFile(v InputFileContent) FunctionAndCustomToolCallOutput {
	typ := FunctionAndCustomToolCallOutputTypeInputFile
	v.Type = InputFileContentType(typ)
	return FunctionAndCustomToolCallOutput{InputFileContent: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u FunctionAndCustomToolCallOutput) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *FunctionAndCustomToolCallOutput) UnmarshalJSON(data []byte) error {
	return rooted("FunctionAndCustomToolCallOutput", u.decode(data, "$"))
}

func (u *FunctionAndCustomToolCallOutput) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "FunctionAndCustomToolCallOutput", "type")
	if err != nil {
		return err
	}
	switch FunctionAndCustomToolCallOutputType(tag) {
	case FunctionAndCustomToolCallOutputTypeInputText:
		var v InputTextContent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionAndCustomToolCallOutputInputText(v)
	case FunctionAndCustomToolCallOutputTypeInputImage:
		var v InputImageContent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionAndCustomToolCallOutputInputImage(v)
	case FunctionAndCustomToolCallOutputTypeInputFile:
		var v InputFileContent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionAndCustomToolCallOutputInputFile(v)
	default:
		*u = FunctionAndCustomToolCallOutput{Unknown: append(json.RawMessage(nil), data...), Type: FunctionAndCustomToolCallOutputType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u FunctionAndCustomToolCallOutput) MarshalJSON() ([]byte, error) {
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
	return nil, noMember("FunctionAndCustomToolCallOutput")
}
