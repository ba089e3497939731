// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type CodeInterpreterTool struct {
	Type           CodeInterpreterToolType                       `json:"type"`
	Container      CodeInterpreterToolContainer                  `json:"container"`
	AllowedCallers OptionalNullable[[]CallableToolAllowedCaller] `json:"allowed_callers,omitempty"`
	// AdditionalProperties holds the fields of the JSON object that CodeInterpreterTool does not declare; MarshalJSON writes them back.
	AdditionalProperties map[string]json.RawMessage `json:"-"`
}

func (o *CodeInterpreterTool) GetType() CodeInterpreterToolType {
	if o == nil {
		return ""
	}
	return o.Type
}

func (o *CodeInterpreterTool) GetContainer() CodeInterpreterToolContainer {
	if o == nil {
		return CodeInterpreterToolContainer{}
	}
	return o.Container
}

func (o *CodeInterpreterTool) GetAllowedCallers() OptionalNullable[[]CallableToolAllowedCaller] {
	if o == nil {
		return OptionalNullable[[]CallableToolAllowedCaller]{}
	}
	return o.AllowedCallers
}

func (o *CodeInterpreterTool) GetAdditionalProperties() map[string]json.RawMessage {
	if o == nil {
		return nil
	}
	return o.AdditionalProperties
}

// UnmarshalJSON decodes strictly: required fields, integers and enum values are checked, and a
// value that does not fit is rejected with a *DecodeError; undeclared fields go to AdditionalProperties.
func (o *CodeInterpreterTool) UnmarshalJSON(data []byte) error {
	return rooted("CodeInterpreterTool", o.decode(data, "$"))
}

func (o *CodeInterpreterTool) decode(data []byte, path string) error {
	var out CodeInterpreterTool
	r := readObject(data, path, "CodeInterpreterTool")
	readRequired(r, "type", &out.Type, (*CodeInterpreterToolType).decode)
	readRequired(r, "container", &out.Container, (*CodeInterpreterToolContainer).decode)
	readOptionalNullable(r, "allowed_callers", &out.AllowedCallers, counted(decodeArray((*CallableToolAllowedCaller).decode), limits{hasMin: true, min: 1}))
	if err := r.finish(&out.AdditionalProperties); err != nil {
		return err
	}
	*o = out
	return nil
}

// MarshalJSON writes the fields that are set, in schema order, then AdditionalProperties.
func (o CodeInterpreterTool) MarshalJSON() ([]byte, error) {
	w := writeObject()
	w.value("type", o.Type)
	w.value("container", o.Container)
	w.valueIf(o.AllowedCallers.IsSet(), "allowed_callers", o.AllowedCallers)
	return w.finish(o.AdditionalProperties)
}

type CodeInterpreterToolType string

const (
	CodeInterpreterToolTypeCodeInterpreter CodeInterpreterToolType = "code_interpreter"
)

// ToPointer returns a pointer to a copy of e.
func (e CodeInterpreterToolType) ToPointer() *CodeInterpreterToolType {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *CodeInterpreterToolType) UnmarshalJSON(data []byte) error {
	return rooted("CodeInterpreterToolType", e.decode(data, "$"))
}

func (e *CodeInterpreterToolType) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "CodeInterpreterToolType", CodeInterpreterToolTypeCodeInterpreter)
}

type CodeInterpreterToolContainer struct {
	Str                          *string
	AutoCodeInterpreterToolParam *AutoCodeInterpreterToolParam

	// Type names the alternative held.
	Type CodeInterpreterToolContainerType
}

// CodeInterpreterToolContainerType names the alternatives of CodeInterpreterToolContainer.
type CodeInterpreterToolContainerType string

const (
	CodeInterpreterToolContainerTypeStr                          CodeInterpreterToolContainerType = "str"
	CodeInterpreterToolContainerTypeAutoCodeInterpreterToolParam CodeInterpreterToolContainerType = "AutoCodeInterpreterToolParam"
)

// ToPointer returns a pointer to a copy of e.
func (e CodeInterpreterToolContainerType) ToPointer() *CodeInterpreterToolContainerType {
	return &e
}

// CreateCodeInterpreterToolContainerStr wraps v in the union.
func CreateCodeInterpreterToolContainerStr(v string) CodeInterpreterToolContainer {
	return CodeInterpreterToolContainer{Str: &v, Type: CodeInterpreterToolContainerTypeStr}
}

// CreateCodeInterpreterToolContainerAutoCodeInterpreterToolParam wraps v in the union.
func CreateCodeInterpreterToolContainerAutoCodeInterpreterToolParam(v AutoCodeInterpreterToolParam) CodeInterpreterToolContainer {
	return CodeInterpreterToolContainer{AutoCodeInterpreterToolParam: &v, Type: CodeInterpreterToolContainerTypeAutoCodeInterpreterToolParam}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *CodeInterpreterToolContainer) UnmarshalJSON(data []byte) error {
	return rooted("CodeInterpreterToolContainer", u.decode(data, "$"))
}

func (u *CodeInterpreterToolContainer) decode(data []byte, path string) error {
	var v1 string
	if decodeString(&v1, data, path) == nil {
		*u = CreateCodeInterpreterToolContainerStr(v1)
		return nil
	}
	var v2 AutoCodeInterpreterToolParam
	if (*AutoCodeInterpreterToolParam).decode(&v2, data, path) == nil {
		*u = CreateCodeInterpreterToolContainerAutoCodeInterpreterToolParam(v2)
		return nil
	}
	return &DecodeError{Type: "CodeInterpreterToolContainer", Path: path, Expected: "one of: a string, AutoCodeInterpreterToolParam (an object)", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u CodeInterpreterToolContainer) MarshalJSON() ([]byte, error) {
	switch {
	case u.Str != nil:
		return marshal(u.Str)
	case u.AutoCodeInterpreterToolParam != nil:
		return marshal(u.AutoCodeInterpreterToolParam)
	}
	return nil, noMember("CodeInterpreterToolContainer")
}
