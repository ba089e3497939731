// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ToolChoiceParam struct {
	ToolChoiceOptions                    *ToolChoiceOptions
	ToolChoiceAllowed                    *ToolChoiceAllowed
	ToolChoiceTypes                      *ToolChoiceTypes
	ToolChoiceFunction                   *ToolChoiceFunction
	ToolChoiceMCP                        *ToolChoiceMCP
	ToolChoiceCustom                     *ToolChoiceCustom
	SpecificProgrammaticToolCallingParam *SpecificProgrammaticToolCallingParam
	SpecificApplyPatchParam              *SpecificApplyPatchParam
	SpecificFunctionShellParam           *SpecificFunctionShellParam

	// Type names the alternative held.
	Type ToolChoiceParamType
}

// ToolChoiceParamType names the alternatives of ToolChoiceParam.
type ToolChoiceParamType string

const (
	ToolChoiceParamTypeToolChoiceOptions                    ToolChoiceParamType = "ToolChoiceOptions"
	ToolChoiceParamTypeToolChoiceAllowed                    ToolChoiceParamType = "ToolChoiceAllowed"
	ToolChoiceParamTypeToolChoiceTypes                      ToolChoiceParamType = "ToolChoiceTypes"
	ToolChoiceParamTypeToolChoiceFunction                   ToolChoiceParamType = "ToolChoiceFunction"
	ToolChoiceParamTypeToolChoiceMCP                        ToolChoiceParamType = "ToolChoiceMCP"
	ToolChoiceParamTypeToolChoiceCustom                     ToolChoiceParamType = "ToolChoiceCustom"
	ToolChoiceParamTypeSpecificProgrammaticToolCallingParam ToolChoiceParamType = "SpecificProgrammaticToolCallingParam"
	ToolChoiceParamTypeSpecificApplyPatchParam              ToolChoiceParamType = "SpecificApplyPatchParam"
	ToolChoiceParamTypeSpecificFunctionShellParam           ToolChoiceParamType = "SpecificFunctionShellParam"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolChoiceParamType) ToPointer() *ToolChoiceParamType {
	return &e
}

// CreateToolChoiceParamToolChoiceOptions wraps v in the union.
func CreateToolChoiceParamToolChoiceOptions(v ToolChoiceOptions) ToolChoiceParam {
	return ToolChoiceParam{ToolChoiceOptions: &v, Type: ToolChoiceParamTypeToolChoiceOptions}
}

// CreateToolChoiceParamToolChoiceAllowed wraps v in the union.
func CreateToolChoiceParamToolChoiceAllowed(v ToolChoiceAllowed) ToolChoiceParam {
	return ToolChoiceParam{ToolChoiceAllowed: &v, Type: ToolChoiceParamTypeToolChoiceAllowed}
}

// CreateToolChoiceParamToolChoiceTypes wraps v in the union.
func CreateToolChoiceParamToolChoiceTypes(v ToolChoiceTypes) ToolChoiceParam {
	return ToolChoiceParam{ToolChoiceTypes: &v, Type: ToolChoiceParamTypeToolChoiceTypes}
}

// CreateToolChoiceParamToolChoiceFunction wraps v in the union.
func CreateToolChoiceParamToolChoiceFunction(v ToolChoiceFunction) ToolChoiceParam {
	return ToolChoiceParam{ToolChoiceFunction: &v, Type: ToolChoiceParamTypeToolChoiceFunction}
}

// CreateToolChoiceParamToolChoiceMCP wraps v in the union.
func CreateToolChoiceParamToolChoiceMCP(v ToolChoiceMCP) ToolChoiceParam {
	return ToolChoiceParam{ToolChoiceMCP: &v, Type: ToolChoiceParamTypeToolChoiceMCP}
}

// CreateToolChoiceParamToolChoiceCustom wraps v in the union.
func CreateToolChoiceParamToolChoiceCustom(v ToolChoiceCustom) ToolChoiceParam {
	return ToolChoiceParam{ToolChoiceCustom: &v, Type: ToolChoiceParamTypeToolChoiceCustom}
}

// CreateToolChoiceParamSpecificProgrammaticToolCallingParam wraps v in the union.
func CreateToolChoiceParamSpecificProgrammaticToolCallingParam(v SpecificProgrammaticToolCallingParam) ToolChoiceParam {
	return ToolChoiceParam{SpecificProgrammaticToolCallingParam: &v, Type: ToolChoiceParamTypeSpecificProgrammaticToolCallingParam}
}

// CreateToolChoiceParamSpecificApplyPatchParam wraps v in the union.
func CreateToolChoiceParamSpecificApplyPatchParam(v SpecificApplyPatchParam) ToolChoiceParam {
	return ToolChoiceParam{SpecificApplyPatchParam: &v, Type: ToolChoiceParamTypeSpecificApplyPatchParam}
}

// CreateToolChoiceParamSpecificFunctionShellParam wraps v in the union.
func CreateToolChoiceParamSpecificFunctionShellParam(v SpecificFunctionShellParam) ToolChoiceParam {
	return ToolChoiceParam{SpecificFunctionShellParam: &v, Type: ToolChoiceParamTypeSpecificFunctionShellParam}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *ToolChoiceParam) UnmarshalJSON(data []byte) error {
	return rooted("ToolChoiceParam", u.decode(data, "$"))
}

func (u *ToolChoiceParam) decode(data []byte, path string) error {
	var v1 ToolChoiceOptions
	if (*ToolChoiceOptions).decode(&v1, data, path) == nil {
		*u = CreateToolChoiceParamToolChoiceOptions(v1)
		return nil
	}
	var v2 ToolChoiceAllowed
	if (*ToolChoiceAllowed).decode(&v2, data, path) == nil {
		*u = CreateToolChoiceParamToolChoiceAllowed(v2)
		return nil
	}
	var v3 ToolChoiceTypes
	if (*ToolChoiceTypes).decode(&v3, data, path) == nil {
		*u = CreateToolChoiceParamToolChoiceTypes(v3)
		return nil
	}
	var v4 ToolChoiceFunction
	if (*ToolChoiceFunction).decode(&v4, data, path) == nil {
		*u = CreateToolChoiceParamToolChoiceFunction(v4)
		return nil
	}
	var v5 ToolChoiceMCP
	if (*ToolChoiceMCP).decode(&v5, data, path) == nil {
		*u = CreateToolChoiceParamToolChoiceMCP(v5)
		return nil
	}
	var v6 ToolChoiceCustom
	if (*ToolChoiceCustom).decode(&v6, data, path) == nil {
		*u = CreateToolChoiceParamToolChoiceCustom(v6)
		return nil
	}
	var v7 SpecificProgrammaticToolCallingParam
	if (*SpecificProgrammaticToolCallingParam).decode(&v7, data, path) == nil {
		*u = CreateToolChoiceParamSpecificProgrammaticToolCallingParam(v7)
		return nil
	}
	var v8 SpecificApplyPatchParam
	if (*SpecificApplyPatchParam).decode(&v8, data, path) == nil {
		*u = CreateToolChoiceParamSpecificApplyPatchParam(v8)
		return nil
	}
	var v9 SpecificFunctionShellParam
	if (*SpecificFunctionShellParam).decode(&v9, data, path) == nil {
		*u = CreateToolChoiceParamSpecificFunctionShellParam(v9)
		return nil
	}
	return &DecodeError{Type: "ToolChoiceParam", Path: path, Expected: "one of: ToolChoiceOptions (\"none\", \"auto\", \"required\"), ToolChoiceAllowed (an object), ToolChoiceTypes (an object), ToolChoiceFunction (an object), ToolChoiceMCP (an object), ToolChoiceCustom (an object), SpecificProgrammaticToolCallingParam (an object), SpecificApplyPatchParam (an object), SpecificFunctionShellParam (an object)", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u ToolChoiceParam) MarshalJSON() ([]byte, error) {
	switch {
	case u.ToolChoiceOptions != nil:
		return marshal(u.ToolChoiceOptions)
	case u.ToolChoiceAllowed != nil:
		return marshal(u.ToolChoiceAllowed)
	case u.ToolChoiceTypes != nil:
		return marshal(u.ToolChoiceTypes)
	case u.ToolChoiceFunction != nil:
		return marshal(u.ToolChoiceFunction)
	case u.ToolChoiceMCP != nil:
		return marshal(u.ToolChoiceMCP)
	case u.ToolChoiceCustom != nil:
		return marshal(u.ToolChoiceCustom)
	case u.SpecificProgrammaticToolCallingParam != nil:
		return marshal(u.SpecificProgrammaticToolCallingParam)
	case u.SpecificApplyPatchParam != nil:
		return marshal(u.SpecificApplyPatchParam)
	case u.SpecificFunctionShellParam != nil:
		return marshal(u.SpecificFunctionShellParam)
	}
	return nil, noMember("ToolChoiceParam")
}
