// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type Tool struct {
	FunctionTool                 *FunctionTool
	FileSearchTool               *FileSearchTool
	ComputerTool                 *ComputerTool
	ComputerUsePreviewTool       *ComputerUsePreviewTool
	WebSearchTool                *WebSearchTool
	MCPTool                      *MCPTool
	CodeInterpreterTool          *CodeInterpreterTool
	ProgrammaticToolCallingParam *ProgrammaticToolCallingParam
	ImageGenTool                 *ImageGenTool
	LocalShellToolParam          *LocalShellToolParam
	FunctionShellToolParam       *FunctionShellToolParam
	CustomToolParam              *CustomToolParam
	NamespaceToolParam           *NamespaceToolParam
	ToolSearchToolParam          *ToolSearchToolParam
	WebSearchPreviewTool         *WebSearchPreviewTool
	ApplyPatchToolParam          *ApplyPatchToolParam

	// Type names the alternative held.
	Type ToolType
}

// ToolType names the alternatives of Tool.
type ToolType string

const (
	ToolTypeFunctionTool                 ToolType = "FunctionTool"
	ToolTypeFileSearchTool               ToolType = "FileSearchTool"
	ToolTypeComputerTool                 ToolType = "ComputerTool"
	ToolTypeComputerUsePreviewTool       ToolType = "ComputerUsePreviewTool"
	ToolTypeWebSearchTool                ToolType = "WebSearchTool"
	ToolTypeMCPTool                      ToolType = "MCPTool"
	ToolTypeCodeInterpreterTool          ToolType = "CodeInterpreterTool"
	ToolTypeProgrammaticToolCallingParam ToolType = "ProgrammaticToolCallingParam"
	ToolTypeImageGenTool                 ToolType = "ImageGenTool"
	ToolTypeLocalShellToolParam          ToolType = "LocalShellToolParam"
	ToolTypeFunctionShellToolParam       ToolType = "FunctionShellToolParam"
	ToolTypeCustomToolParam              ToolType = "CustomToolParam"
	ToolTypeNamespaceToolParam           ToolType = "NamespaceToolParam"
	ToolTypeToolSearchToolParam          ToolType = "ToolSearchToolParam"
	ToolTypeWebSearchPreviewTool         ToolType = "WebSearchPreviewTool"
	ToolTypeApplyPatchToolParam          ToolType = "ApplyPatchToolParam"
)

// ToPointer returns a pointer to a copy of e.
func (e ToolType) ToPointer() *ToolType {
	return &e
}

// CreateToolFunctionTool wraps v in the union.
func CreateToolFunctionTool(v FunctionTool) Tool {
	return Tool{FunctionTool: &v, Type: ToolTypeFunctionTool}
}

// CreateToolFileSearchTool wraps v in the union.
func CreateToolFileSearchTool(v FileSearchTool) Tool {
	return Tool{FileSearchTool: &v, Type: ToolTypeFileSearchTool}
}

// CreateToolComputerTool wraps v in the union.
func CreateToolComputerTool(v ComputerTool) Tool {
	return Tool{ComputerTool: &v, Type: ToolTypeComputerTool}
}

// CreateToolComputerUsePreviewTool wraps v in the union.
func CreateToolComputerUsePreviewTool(v ComputerUsePreviewTool) Tool {
	return Tool{ComputerUsePreviewTool: &v, Type: ToolTypeComputerUsePreviewTool}
}

// CreateToolWebSearchTool wraps v in the union.
func CreateToolWebSearchTool(v WebSearchTool) Tool {
	return Tool{WebSearchTool: &v, Type: ToolTypeWebSearchTool}
}

// CreateToolMCPTool wraps v in the union.
func CreateToolMCPTool(v MCPTool) Tool {
	return Tool{MCPTool: &v, Type: ToolTypeMCPTool}
}

// CreateToolCodeInterpreterTool wraps v in the union.
func CreateToolCodeInterpreterTool(v CodeInterpreterTool) Tool {
	return Tool{CodeInterpreterTool: &v, Type: ToolTypeCodeInterpreterTool}
}

// CreateToolProgrammaticToolCallingParam wraps v in the union.
func CreateToolProgrammaticToolCallingParam(v ProgrammaticToolCallingParam) Tool {
	return Tool{ProgrammaticToolCallingParam: &v, Type: ToolTypeProgrammaticToolCallingParam}
}

// CreateToolImageGenTool wraps v in the union.
func CreateToolImageGenTool(v ImageGenTool) Tool {
	return Tool{ImageGenTool: &v, Type: ToolTypeImageGenTool}
}

// CreateToolLocalShellToolParam wraps v in the union.
func CreateToolLocalShellToolParam(v LocalShellToolParam) Tool {
	return Tool{LocalShellToolParam: &v, Type: ToolTypeLocalShellToolParam}
}

// CreateToolFunctionShellToolParam wraps v in the union.
func CreateToolFunctionShellToolParam(v FunctionShellToolParam) Tool {
	return Tool{FunctionShellToolParam: &v, Type: ToolTypeFunctionShellToolParam}
}

// CreateToolCustomToolParam wraps v in the union.
func CreateToolCustomToolParam(v CustomToolParam) Tool {
	return Tool{CustomToolParam: &v, Type: ToolTypeCustomToolParam}
}

// CreateToolNamespaceToolParam wraps v in the union.
func CreateToolNamespaceToolParam(v NamespaceToolParam) Tool {
	return Tool{NamespaceToolParam: &v, Type: ToolTypeNamespaceToolParam}
}

// CreateToolToolSearchToolParam wraps v in the union.
func CreateToolToolSearchToolParam(v ToolSearchToolParam) Tool {
	return Tool{ToolSearchToolParam: &v, Type: ToolTypeToolSearchToolParam}
}

// CreateToolWebSearchPreviewTool wraps v in the union.
func CreateToolWebSearchPreviewTool(v WebSearchPreviewTool) Tool {
	return Tool{WebSearchPreviewTool: &v, Type: ToolTypeWebSearchPreviewTool}
}

// CreateToolApplyPatchToolParam wraps v in the union.
func CreateToolApplyPatchToolParam(v ApplyPatchToolParam) Tool {
	return Tool{ApplyPatchToolParam: &v, Type: ToolTypeApplyPatchToolParam}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *Tool) UnmarshalJSON(data []byte) error {
	return rooted("Tool", u.decode(data, "$"))
}

func (u *Tool) decode(data []byte, path string) error {
	var v1 FunctionTool
	if (*FunctionTool).decode(&v1, data, path) == nil {
		*u = CreateToolFunctionTool(v1)
		return nil
	}
	var v2 FileSearchTool
	if (*FileSearchTool).decode(&v2, data, path) == nil {
		*u = CreateToolFileSearchTool(v2)
		return nil
	}
	var v3 ComputerTool
	if (*ComputerTool).decode(&v3, data, path) == nil {
		*u = CreateToolComputerTool(v3)
		return nil
	}
	var v4 ComputerUsePreviewTool
	if (*ComputerUsePreviewTool).decode(&v4, data, path) == nil {
		*u = CreateToolComputerUsePreviewTool(v4)
		return nil
	}
	var v5 WebSearchTool
	if (*WebSearchTool).decode(&v5, data, path) == nil {
		*u = CreateToolWebSearchTool(v5)
		return nil
	}
	var v6 MCPTool
	if (*MCPTool).decode(&v6, data, path) == nil {
		*u = CreateToolMCPTool(v6)
		return nil
	}
	var v7 CodeInterpreterTool
	if (*CodeInterpreterTool).decode(&v7, data, path) == nil {
		*u = CreateToolCodeInterpreterTool(v7)
		return nil
	}
	var v8 ProgrammaticToolCallingParam
	if (*ProgrammaticToolCallingParam).decode(&v8, data, path) == nil {
		*u = CreateToolProgrammaticToolCallingParam(v8)
		return nil
	}
	var v9 ImageGenTool
	if (*ImageGenTool).decode(&v9, data, path) == nil {
		*u = CreateToolImageGenTool(v9)
		return nil
	}
	var v10 LocalShellToolParam
	if (*LocalShellToolParam).decode(&v10, data, path) == nil {
		*u = CreateToolLocalShellToolParam(v10)
		return nil
	}
	var v11 FunctionShellToolParam
	if (*FunctionShellToolParam).decode(&v11, data, path) == nil {
		*u = CreateToolFunctionShellToolParam(v11)
		return nil
	}
	var v12 CustomToolParam
	if (*CustomToolParam).decode(&v12, data, path) == nil {
		*u = CreateToolCustomToolParam(v12)
		return nil
	}
	var v13 NamespaceToolParam
	if (*NamespaceToolParam).decode(&v13, data, path) == nil {
		*u = CreateToolNamespaceToolParam(v13)
		return nil
	}
	var v14 ToolSearchToolParam
	if (*ToolSearchToolParam).decode(&v14, data, path) == nil {
		*u = CreateToolToolSearchToolParam(v14)
		return nil
	}
	var v15 WebSearchPreviewTool
	if (*WebSearchPreviewTool).decode(&v15, data, path) == nil {
		*u = CreateToolWebSearchPreviewTool(v15)
		return nil
	}
	var v16 ApplyPatchToolParam
	if (*ApplyPatchToolParam).decode(&v16, data, path) == nil {
		*u = CreateToolApplyPatchToolParam(v16)
		return nil
	}
	return &DecodeError{Type: "Tool", Path: path, Expected: "one of: FunctionTool (an object), FileSearchTool (an object), ComputerTool (an object), ComputerUsePreviewTool (an object), WebSearchTool (an object), MCPTool (an object), CodeInterpreterTool (an object), ProgrammaticToolCallingParam (an object), ImageGenTool (an object), LocalShellToolParam (an object), FunctionShellToolParam (an object), CustomToolParam (an object), NamespaceToolParam (an object), ToolSearchToolParam (an object), WebSearchPreviewTool (an object), ApplyPatchToolParam (an object)", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u Tool) MarshalJSON() ([]byte, error) {
	switch {
	case u.FunctionTool != nil:
		return marshal(u.FunctionTool)
	case u.FileSearchTool != nil:
		return marshal(u.FileSearchTool)
	case u.ComputerTool != nil:
		return marshal(u.ComputerTool)
	case u.ComputerUsePreviewTool != nil:
		return marshal(u.ComputerUsePreviewTool)
	case u.WebSearchTool != nil:
		return marshal(u.WebSearchTool)
	case u.MCPTool != nil:
		return marshal(u.MCPTool)
	case u.CodeInterpreterTool != nil:
		return marshal(u.CodeInterpreterTool)
	case u.ProgrammaticToolCallingParam != nil:
		return marshal(u.ProgrammaticToolCallingParam)
	case u.ImageGenTool != nil:
		return marshal(u.ImageGenTool)
	case u.LocalShellToolParam != nil:
		return marshal(u.LocalShellToolParam)
	case u.FunctionShellToolParam != nil:
		return marshal(u.FunctionShellToolParam)
	case u.CustomToolParam != nil:
		return marshal(u.CustomToolParam)
	case u.NamespaceToolParam != nil:
		return marshal(u.NamespaceToolParam)
	case u.ToolSearchToolParam != nil:
		return marshal(u.ToolSearchToolParam)
	case u.WebSearchPreviewTool != nil:
		return marshal(u.WebSearchPreviewTool)
	case u.ApplyPatchToolParam != nil:
		return marshal(u.ApplyPatchToolParam)
	}
	return nil, noMember("Tool")
}
