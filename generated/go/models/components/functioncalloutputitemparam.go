// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type FunctionCallOutputItemParam struct {
	ID        OptionalNullable[string]                 `json:"id,omitempty"`
	CallID    OptionalNullable[string]                 `json:"call_id,omitempty"`
	Type      FunctionCallOutputItemParamType          `json:"type"`
	Output    FunctionCallOutputItemParamOutput        `json:"output"`
	Name      OptionalNullable[string]                 `json:"name,omitempty"`
	Namespace OptionalNullable[string]                 `json:"namespace,omitempty"`
	Caller    OptionalNullable[ToolCallCallerParam]    `json:"caller,omitempty"`
	Status    OptionalNullable[FunctionCallItemStatus] `json:"status,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that FunctionCallOutputItemParam does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *FunctionCallOutputItemParam) GetID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.ID
}

func (o *FunctionCallOutputItemParam) GetCallID() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.CallID
}

func (o *FunctionCallOutputItemParam) GetType() FunctionCallOutputItemParamType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *FunctionCallOutputItemParam) GetOutput() FunctionCallOutputItemParamOutput {
	if o == nil {
		return FunctionCallOutputItemParamOutput{}
	}
	return o.Output
}

func (o *FunctionCallOutputItemParam) GetName() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Name
}

func (o *FunctionCallOutputItemParam) GetNamespace() OptionalNullable[string] {
	if o == nil {
		return OptionalNullable[string]{}
	}
	return o.Namespace
}

func (o *FunctionCallOutputItemParam) GetCaller() OptionalNullable[ToolCallCallerParam] {
	if o == nil {
		return OptionalNullable[ToolCallCallerParam]{}
	}
	return o.Caller
}

func (o *FunctionCallOutputItemParam) GetStatus() OptionalNullable[FunctionCallItemStatus] {
	if o == nil {
		return OptionalNullable[FunctionCallItemStatus]{}
	}
	return o.Status
}

func (o *FunctionCallOutputItemParam) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *FunctionCallOutputItemParam) UnmarshalJSON(data []byte) error {
	return rooted("FunctionCallOutputItemParam", o.decode(data, "$"))
}

func (o *FunctionCallOutputItemParam) decode(data []byte, path string) error {
	var out FunctionCallOutputItemParam
	r := readObject(data, path, "FunctionCallOutputItemParam")
	readOptionalNullable(r, "id", &out.ID, decodeString)
	readOptionalNullable(r, "call_id", &out.CallID, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 64}))
	readRequired(r, "type", &out.Type, (*FunctionCallOutputItemParamType).decode)
	readRequired(r, "output", &out.Output, (*FunctionCallOutputItemParamOutput).decode)
	readOptionalNullable(r, "name", &out.Name, sized(decodeString, limits{hasMin: true, min: 1, hasMax: true, max: 128}))
	readOptionalNullable(r, "namespace", &out.Namespace, sized(matching(decodeString, "^[a-zA-Z0-9_\\-]+$", "^[a-zA-Z0-9_-]+$"), limits{hasMin: true, min: 1, hasMax: true, max: 64}))
	readOptionalNullable(r, "caller", &out.Caller, (*ToolCallCallerParam).decode)
	readOptionalNullable(r, "status", &out.Status, (*FunctionCallItemStatus).decode)
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o FunctionCallOutputItemParam) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.valueIf(o.ID.IsSet(), "id", o.ID)
	w.valueIf(o.CallID.IsSet(), "call_id", o.CallID)
	w.value("type", o.Type)
	w.value("output", o.Output)
	w.valueIf(o.Name.IsSet(), "name", o.Name)
	w.valueIf(o.Namespace.IsSet(), "namespace", o.Namespace)
	w.valueIf(o.Caller.IsSet(), "caller", o.Caller)
	w.valueIf(o.Status.IsSet(), "status", o.Status)
	return w.finish(o.AdditionalProperties)
}

type FunctionCallOutputItemParamType string

const (
	FunctionCallOutputItemParamTypeFunctionCallOutput FunctionCallOutputItemParamType = "function_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionCallOutputItemParamType) ToPointer() *FunctionCallOutputItemParamType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *FunctionCallOutputItemParamType) UnmarshalJSON(data []byte) error {
	return rooted("FunctionCallOutputItemParamType", e.decode(data, "$"))
}

func (e *FunctionCallOutputItemParamType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "FunctionCallOutputItemParamType", FunctionCallOutputItemParamTypeFunctionCallOutput)
}

type FunctionCallOutputItemParamOutput struct {
	Str                                              *string
	ArrayOfFunctionCallOutputItemParamOutputVariant2 []FunctionCallOutputItemParamOutputVariant2

	// Type names the alternative held.
	Type FunctionCallOutputItemParamOutputType
}

// FunctionCallOutputItemParamOutputType names the alternatives of FunctionCallOutputItemParamOutput.
type FunctionCallOutputItemParamOutputType string

const (
	FunctionCallOutputItemParamOutputTypeStr                                              FunctionCallOutputItemParamOutputType = "str"
	FunctionCallOutputItemParamOutputTypeArrayOfFunctionCallOutputItemParamOutputVariant2 FunctionCallOutputItemParamOutputType = "arrayOfFunctionCallOutputItemParamOutputVariant2"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionCallOutputItemParamOutputType) ToPointer() *FunctionCallOutputItemParamOutputType {
	return &e
}

// CreateFunctionCallOutputItemParamOutputStr wraps v in the union.
func CreateFunctionCallOutputItemParamOutputStr(v string) FunctionCallOutputItemParamOutput {
	return FunctionCallOutputItemParamOutput{Str: &v, Type: FunctionCallOutputItemParamOutputTypeStr}
}

// CreateFunctionCallOutputItemParamOutputArrayOfFunctionCallOutputItemParamOutputVariant2 wraps v in the union.
func CreateFunctionCallOutputItemParamOutputArrayOfFunctionCallOutputItemParamOutputVariant2(v []FunctionCallOutputItemParamOutputVariant2) FunctionCallOutputItemParamOutput {
	return FunctionCallOutputItemParamOutput{ArrayOfFunctionCallOutputItemParamOutputVariant2: v, Type: FunctionCallOutputItemParamOutputTypeArrayOfFunctionCallOutputItemParamOutputVariant2}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *FunctionCallOutputItemParamOutput) UnmarshalJSON(data []byte) error {
	return rooted("FunctionCallOutputItemParamOutput", u.decode(data, "$"))
}

func (u *FunctionCallOutputItemParamOutput) decode(data []byte, path string) error {
	var v1 string
	if decodeString(&v1, data, path) == nil {
		*u = CreateFunctionCallOutputItemParamOutputStr(v1)
		return nil
	}
	var v2 []FunctionCallOutputItemParamOutputVariant2
	if decodeArray((*FunctionCallOutputItemParamOutputVariant2).decode)(&v2, data, path) == nil {
		*u = CreateFunctionCallOutputItemParamOutputArrayOfFunctionCallOutputItemParamOutputVariant2(v2)
		return nil
	}
	return &DecodeError{Type: "FunctionCallOutputItemParamOutput", Path: path, Expected: "one of: a string, an array of FunctionCallOutputItemParamOutputVariant2 values", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u FunctionCallOutputItemParamOutput) MarshalJSON() ([]byte, error) {
	switch {
	case u.Str != nil:
		return marshal(u.Str)
	case u.ArrayOfFunctionCallOutputItemParamOutputVariant2 != nil:
		return marshal(u.ArrayOfFunctionCallOutputItemParamOutputVariant2)
	}
	return nil, noMember("FunctionCallOutputItemParamOutput")
}

type FunctionCallOutputItemParamOutputVariant2 struct {
	InputTextContentParam           *InputTextContentParam
	InputImageContentParamAutoParam *InputImageContentParamAutoParam
	InputFileContentParam           *InputFileContentParam
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type FunctionCallOutputItemParamOutputVariant2Type
}

// FunctionCallOutputItemParamOutputVariant2Type - the `type` values of the FunctionCallOutputItemParamOutputVariant2 members; a value not
// listed here is that of an unknown member.
type FunctionCallOutputItemParamOutputVariant2Type string

const (
	FunctionCallOutputItemParamOutputVariant2TypeInputText  FunctionCallOutputItemParamOutputVariant2Type = "input_text"
	FunctionCallOutputItemParamOutputVariant2TypeInputImage FunctionCallOutputItemParamOutputVariant2Type = "input_image"
	FunctionCallOutputItemParamOutputVariant2TypeInputFile  FunctionCallOutputItemParamOutputVariant2Type = "input_file"
)

// ToPointer returns a pointer to a copy of e.
func (e FunctionCallOutputItemParamOutputVariant2Type) ToPointer() *FunctionCallOutputItemParamOutputVariant2Type {
	return &e
}

// CreateFunctionCallOutputItemParamOutputVariant2InputText wraps v in the union, setting its `type`.
func CreateFunctionCallOutputItemParamOutputVariant2InputText(v InputTextContentParam) FunctionCallOutputItemParamOutputVariant2 {
	typ := FunctionCallOutputItemParamOutputVariant2TypeInputText
	v.Type = InputTextContentParamType(typ)
	return FunctionCallOutputItemParamOutputVariant2{InputTextContentParam: &v, Type: typ}
}

// CreateFunctionCallOutputItemParamOutputVariant2InputImage wraps v in the union, setting its `type`.
func CreateFunctionCallOutputItemParamOutputVariant2InputImage(v InputImageContentParamAutoParam) FunctionCallOutputItemParamOutputVariant2 {
	typ := FunctionCallOutputItemParamOutputVariant2TypeInputImage
	v.Type = InputImageContentParamAutoParamType(typ)
	return FunctionCallOutputItemParamOutputVariant2{InputImageContentParamAutoParam: &v, Type: typ}
}

// CreateFunctionCallOutputItemParamOutputVariant2InputFile wraps v in the union, setting its `type`.
func CreateFunctionCallOutputItemParamOutputVariant2InputFile(v InputFileContentParam) FunctionCallOutputItemParamOutputVariant2 {
	typ := FunctionCallOutputItemParamOutputVariant2TypeInputFile
	v.Type = InputFileContentParamType(typ)
	return FunctionCallOutputItemParamOutputVariant2{InputFileContentParam: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u FunctionCallOutputItemParamOutputVariant2) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *FunctionCallOutputItemParamOutputVariant2) UnmarshalJSON(data []byte) error {
	return rooted("FunctionCallOutputItemParamOutputVariant2", u.decode(data, "$"))
}

func (u *FunctionCallOutputItemParamOutputVariant2) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "FunctionCallOutputItemParamOutputVariant2", "type")
	if err != nil {
		return err
	}
	switch FunctionCallOutputItemParamOutputVariant2Type(tag) {
	case FunctionCallOutputItemParamOutputVariant2TypeInputText:
		var v InputTextContentParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionCallOutputItemParamOutputVariant2InputText(v)
	case FunctionCallOutputItemParamOutputVariant2TypeInputImage:
		var v InputImageContentParamAutoParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionCallOutputItemParamOutputVariant2InputImage(v)
	case FunctionCallOutputItemParamOutputVariant2TypeInputFile:
		var v InputFileContentParam
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateFunctionCallOutputItemParamOutputVariant2InputFile(v)
	default:
		*u = FunctionCallOutputItemParamOutputVariant2{Unknown: append(json.RawMessage(nil), data...), Type: FunctionCallOutputItemParamOutputVariant2Type(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u FunctionCallOutputItemParamOutputVariant2) MarshalJSON() ([]byte, error) {
	switch {
	case u.InputTextContentParam != nil:
		return marshal(u.InputTextContentParam)
	case u.InputImageContentParamAutoParam != nil:
		return marshal(u.InputImageContentParamAutoParam)
	case u.InputFileContentParam != nil:
		return marshal(u.InputFileContentParam)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("FunctionCallOutputItemParamOutputVariant2")
}
