// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ResponsePromptVariables = *map[string]ResponsePromptVariablesValue

// DecodeResponsePromptVariables decodes data strictly, as json.Unmarshal cannot for a *map[string]ResponsePromptVariablesValue, and
// rejects a value that does not fit with a *DecodeError.
func DecodeResponsePromptVariables(data []byte) (ResponsePromptVariables, error) {
	var v ResponsePromptVariables
	if err := owned("ResponsePromptVariables", decodeNullable(decodeMap((*ResponsePromptVariablesValue).decode))(&v, data, "$")); err != nil {
		return nil, rooted("ResponsePromptVariables", err)
	}
	return v, nil
}

type ResponsePromptVariablesValue struct {
	Str               *string
	InputTextContent  *InputTextContent
	InputImageContent *InputImageContent
	InputFileContent  *InputFileContent

	// Type names the alternative held.
	Type ResponsePromptVariablesValueType
}

// ResponsePromptVariablesValueType names the alternatives of ResponsePromptVariablesValue.
type ResponsePromptVariablesValueType string

const (
	ResponsePromptVariablesValueTypeStr               ResponsePromptVariablesValueType = "str"
	ResponsePromptVariablesValueTypeInputTextContent  ResponsePromptVariablesValueType = "InputTextContent"
	ResponsePromptVariablesValueTypeInputImageContent ResponsePromptVariablesValueType = "InputImageContent"
	ResponsePromptVariablesValueTypeInputFileContent  ResponsePromptVariablesValueType = "InputFileContent"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponsePromptVariablesValueType) ToPointer() *ResponsePromptVariablesValueType {
	return &e
}

// CreateResponsePromptVariablesValueStr wraps v in the union.
func CreateResponsePromptVariablesValueStr(v string) ResponsePromptVariablesValue {
	return ResponsePromptVariablesValue{Str: &v, Type: ResponsePromptVariablesValueTypeStr}
}

// CreateResponsePromptVariablesValueInputTextContent wraps v in the union.
func CreateResponsePromptVariablesValueInputTextContent(v InputTextContent) ResponsePromptVariablesValue {
	return ResponsePromptVariablesValue{InputTextContent: &v, Type: ResponsePromptVariablesValueTypeInputTextContent}
}

// CreateResponsePromptVariablesValueInputImageContent wraps v in the union.
func CreateResponsePromptVariablesValueInputImageContent(v InputImageContent) ResponsePromptVariablesValue {
	return ResponsePromptVariablesValue{InputImageContent: &v, Type: ResponsePromptVariablesValueTypeInputImageContent}
}

// CreateResponsePromptVariablesValueInputFileContent wraps v in the union.
func CreateResponsePromptVariablesValueInputFileContent(v InputFileContent) ResponsePromptVariablesValue {
	return ResponsePromptVariablesValue{InputFileContent: &v, Type: ResponsePromptVariablesValueTypeInputFileContent}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *ResponsePromptVariablesValue) UnmarshalJSON(data []byte) error {
	return rooted("ResponsePromptVariablesValue", u.decode(data, "$"))
}

func (u *ResponsePromptVariablesValue) decode(data []byte, path string) error {
	var v1 string
	if decodeString(&v1, data, path) == nil {
		*u = CreateResponsePromptVariablesValueStr(v1)
		return nil
	}
	var v2 InputTextContent
	if (*InputTextContent).decode(&v2, data, path) == nil {
		*u = CreateResponsePromptVariablesValueInputTextContent(v2)
		return nil
	}
	var v3 InputImageContent
	if (*InputImageContent).decode(&v3, data, path) == nil {
		*u = CreateResponsePromptVariablesValueInputImageContent(v3)
		return nil
	}
	var v4 InputFileContent
	if (*InputFileContent).decode(&v4, data, path) == nil {
		*u = CreateResponsePromptVariablesValueInputFileContent(v4)
		return nil
	}
	return &DecodeError{Type: "ResponsePromptVariablesValue", Path: path, Expected: "one of: a string, InputTextContent (an object), InputImageContent (an object), InputFileContent (an object)", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u ResponsePromptVariablesValue) MarshalJSON() ([]byte, error) {
	switch {
	case u.Str != nil:
		return marshal(u.Str)
	case u.InputTextContent != nil:
		return marshal(u.InputTextContent)
	case u.InputImageContent != nil:
		return marshal(u.InputImageContent)
	case u.InputFileContent != nil:
		return marshal(u.InputFileContent)
	}
	return nil, noMember("ResponsePromptVariablesValue")
}
