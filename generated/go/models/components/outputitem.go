// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import "encoding/json"

type OutputItem struct {
	OutputMessage                  *OutputMessage
	FileSearchToolCall             *FileSearchToolCall
	FunctionToolCall               *FunctionToolCall
	FunctionToolCallOutputResource *FunctionToolCallOutputResource
	WebSearchToolCall              *WebSearchToolCall
	ComputerToolCall               *ComputerToolCall
	ComputerToolCallOutputResource *ComputerToolCallOutputResource
	ReasoningItem                  *ReasoningItem
	Program                        *Program
	ProgramOutput                  *ProgramOutput
	ToolSearchCall                 *ToolSearchCall
	ToolSearchOutput               *ToolSearchOutput
	AdditionalTools                *AdditionalTools
	CompactionBody                 *CompactionBody
	ImageGenToolCall               *ImageGenToolCall
	CodeInterpreterToolCall        *CodeInterpreterToolCall
	LocalShellToolCall             *LocalShellToolCall
	LocalShellToolCallOutput       *LocalShellToolCallOutput
	FunctionShellCall              *FunctionShellCall
	FunctionShellCallOutput        *FunctionShellCallOutput
	ApplyPatchToolCall             *ApplyPatchToolCall
	ApplyPatchToolCallOutput       *ApplyPatchToolCallOutput
	MCPToolCall                    *MCPToolCall
	MCPListTools                   *MCPListTools
	MCPApprovalRequest             *MCPApprovalRequest
	MCPApprovalResponseResource    *MCPApprovalResponseResource
	CustomToolCall                 *CustomToolCall
	CustomToolCallOutputResource   *CustomToolCallOutputResource
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type OutputItemType
}

// OutputItemType - the `type` values of the OutputItem members; a value not
// listed here is that of an unknown member.
type OutputItemType string

const (
	OutputItemTypeMessage              OutputItemType = "message"
	OutputItemTypeFileSearchCall       OutputItemType = "file_search_call"
	OutputItemTypeFunctionCall         OutputItemType = "function_call"
	OutputItemTypeFunctionCallOutput   OutputItemType = "function_call_output"
	OutputItemTypeWebSearchCall        OutputItemType = "web_search_call"
	OutputItemTypeComputerCall         OutputItemType = "computer_call"
	OutputItemTypeComputerCallOutput   OutputItemType = "computer_call_output"
	OutputItemTypeReasoning            OutputItemType = "reasoning"
	OutputItemTypeProgram              OutputItemType = "program"
	OutputItemTypeProgramOutput        OutputItemType = "program_output"
	OutputItemTypeToolSearchCall       OutputItemType = "tool_search_call"
	OutputItemTypeToolSearchOutput     OutputItemType = "tool_search_output"
	OutputItemTypeAdditionalTools      OutputItemType = "additional_tools"
	OutputItemTypeCompaction           OutputItemType = "compaction"
	OutputItemTypeImageGenerationCall  OutputItemType = "image_generation_call"
	OutputItemTypeCodeInterpreterCall  OutputItemType = "code_interpreter_call"
	OutputItemTypeLocalShellCall       OutputItemType = "local_shell_call"
	OutputItemTypeLocalShellCallOutput OutputItemType = "local_shell_call_output"
	OutputItemTypeShellCall            OutputItemType = "shell_call"
	OutputItemTypeShellCallOutput      OutputItemType = "shell_call_output"
	OutputItemTypeApplyPatchCall       OutputItemType = "apply_patch_call"
	OutputItemTypeApplyPatchCallOutput OutputItemType = "apply_patch_call_output"
	OutputItemTypeMCPCall              OutputItemType = "mcp_call"
	OutputItemTypeMCPListTools         OutputItemType = "mcp_list_tools"
	OutputItemTypeMCPApprovalRequest   OutputItemType = "mcp_approval_request"
	OutputItemTypeMCPApprovalResponse  OutputItemType = "mcp_approval_response"
	OutputItemTypeCustomToolCall       OutputItemType = "custom_tool_call"
	OutputItemTypeCustomToolCallOutput OutputItemType = "custom_tool_call_output"
)

// ToPointer returns a pointer to a copy of e.
func (e OutputItemType) ToPointer() *OutputItemType {
	return &e
}

// CreateOutputItemMessage wraps v in the union, setting its `type`.
func CreateOutputItemMessage(v OutputMessage) OutputItem {
	typ := OutputItemTypeMessage
	v.Type = OutputMessageType(typ)
	return OutputItem{OutputMessage: &v, Type: typ}
}

// CreateOutputItemFileSearchCall wraps v in the union, setting its `type`.
func CreateOutputItemFileSearchCall(v FileSearchToolCall) OutputItem {
	typ := OutputItemTypeFileSearchCall
	v.Type = FileSearchToolCallType(typ)
	return OutputItem{FileSearchToolCall: &v, Type: typ}
}

// CreateOutputItemFunctionCall wraps v in the union, setting its `type`.
func CreateOutputItemFunctionCall(v FunctionToolCall) OutputItem {
	typ := OutputItemTypeFunctionCall
	v.Type = FunctionToolCallType(typ)
	return OutputItem{FunctionToolCall: &v, Type: typ}
}

// CreateOutputItemFunctionCallOutput wraps v in the union, setting its `type`.
func CreateOutputItemFunctionCallOutput(v FunctionToolCallOutputResource) OutputItem {
	typ := OutputItemTypeFunctionCallOutput
	v.Type = FunctionToolCallOutputResourceType(typ)
	return OutputItem{FunctionToolCallOutputResource: &v, Type: typ}
}

// CreateOutputItemWebSearchCall wraps v in the union, setting its `type`.
func CreateOutputItemWebSearchCall(v WebSearchToolCall) OutputItem {
	typ := OutputItemTypeWebSearchCall
	v.Type = WebSearchToolCallType(typ)
	return OutputItem{WebSearchToolCall: &v, Type: typ}
}

// CreateOutputItemComputerCall wraps v in the union, setting its `type`.
func CreateOutputItemComputerCall(v ComputerToolCall) OutputItem {
	typ := OutputItemTypeComputerCall
	v.Type = ComputerToolCallType(typ)
	return OutputItem{ComputerToolCall: &v, Type: typ}
}

// CreateOutputItemComputerCallOutput wraps v in the union, setting its `type`.
func CreateOutputItemComputerCallOutput(v ComputerToolCallOutputResource) OutputItem {
	typ := OutputItemTypeComputerCallOutput
	v.Type = ComputerToolCallOutputResourceType(typ)
	return OutputItem{ComputerToolCallOutputResource: &v, Type: typ}
}

// CreateOutputItemReasoning wraps v in the union, setting its `type`.
func CreateOutputItemReasoning(v ReasoningItem) OutputItem {
	typ := OutputItemTypeReasoning
	v.Type = ReasoningItemType(typ)
	return OutputItem{ReasoningItem: &v, Type: typ}
}

// CreateOutputItemProgram wraps v in the union, setting its `type`.
func CreateOutputItemProgram(v Program) OutputItem {
	typ := OutputItemTypeProgram
	v.Type = ProgramType(typ)
	return OutputItem{Program: &v, Type: typ}
}

// CreateOutputItemProgramOutput wraps v in the union, setting its `type`.
func CreateOutputItemProgramOutput(v ProgramOutput) OutputItem {
	typ := OutputItemTypeProgramOutput
	v.Type = ProgramOutputType(typ)
	return OutputItem{ProgramOutput: &v, Type: typ}
}

// CreateOutputItemToolSearchCall wraps v in the union, setting its `type`.
func CreateOutputItemToolSearchCall(v ToolSearchCall) OutputItem {
	typ := OutputItemTypeToolSearchCall
	v.Type = ToolSearchCallType(typ)
	return OutputItem{ToolSearchCall: &v, Type: typ}
}

// CreateOutputItemToolSearchOutput wraps v in the union, setting its `type`.
func CreateOutputItemToolSearchOutput(v ToolSearchOutput) OutputItem {
	typ := OutputItemTypeToolSearchOutput
	v.Type = ToolSearchOutputType(typ)
	return OutputItem{ToolSearchOutput: &v, Type: typ}
}

// CreateOutputItemAdditionalTools wraps v in the union, setting its `type`.
func CreateOutputItemAdditionalTools(v AdditionalTools) OutputItem {
	typ := OutputItemTypeAdditionalTools
	v.Type = AdditionalToolsType(typ)
	return OutputItem{AdditionalTools: &v, Type: typ}
}

// CreateOutputItemCompaction wraps v in the union, setting its `type`.
func CreateOutputItemCompaction(v CompactionBody) OutputItem {
	typ := OutputItemTypeCompaction
	v.Type = CompactionBodyType(typ)
	return OutputItem{CompactionBody: &v, Type: typ}
}

// CreateOutputItemImageGenerationCall wraps v in the union, setting its `type`.
func CreateOutputItemImageGenerationCall(v ImageGenToolCall) OutputItem {
	typ := OutputItemTypeImageGenerationCall
	v.Type = ImageGenToolCallType(typ)
	return OutputItem{ImageGenToolCall: &v, Type: typ}
}

// CreateOutputItemCodeInterpreterCall wraps v in the union, setting its `type`.
func CreateOutputItemCodeInterpreterCall(v CodeInterpreterToolCall) OutputItem {
	typ := OutputItemTypeCodeInterpreterCall
	v.Type = CodeInterpreterToolCallType(typ)
	return OutputItem{CodeInterpreterToolCall: &v, Type: typ}
}

// CreateOutputItemLocalShellCall wraps v in the union, setting its `type`.
func CreateOutputItemLocalShellCall(v LocalShellToolCall) OutputItem {
	typ := OutputItemTypeLocalShellCall
	v.Type = LocalShellToolCallType(typ)
	return OutputItem{LocalShellToolCall: &v, Type: typ}
}

// CreateOutputItemLocalShellCallOutput wraps v in the union, setting its `type`.
func CreateOutputItemLocalShellCallOutput(v LocalShellToolCallOutput) OutputItem {
	typ := OutputItemTypeLocalShellCallOutput
	v.Type = LocalShellToolCallOutputType(typ)
	return OutputItem{LocalShellToolCallOutput: &v, Type: typ}
}

// CreateOutputItemShellCall wraps v in the union, setting its `type`.
func CreateOutputItemShellCall(v FunctionShellCall) OutputItem {
	typ := OutputItemTypeShellCall
	v.Type = FunctionShellCallType(typ)
	return OutputItem{FunctionShellCall: &v, Type: typ}
}

// CreateOutputItemShellCallOutput wraps v in the union, setting its `type`.
func CreateOutputItemShellCallOutput(v FunctionShellCallOutput) OutputItem {
	typ := OutputItemTypeShellCallOutput
	v.Type = FunctionShellCallOutputType(typ)
	return OutputItem{FunctionShellCallOutput: &v, Type: typ}
}

// CreateOutputItemApplyPatchCall wraps v in the union, setting its `type`.
func CreateOutputItemApplyPatchCall(v ApplyPatchToolCall) OutputItem {
	typ := OutputItemTypeApplyPatchCall
	v.Type = ApplyPatchToolCallType(typ)
	return OutputItem{ApplyPatchToolCall: &v, Type: typ}
}

// CreateOutputItemApplyPatchCallOutput wraps v in the union, setting its `type`.
func CreateOutputItemApplyPatchCallOutput(v ApplyPatchToolCallOutput) OutputItem {
	typ := OutputItemTypeApplyPatchCallOutput
	v.Type = ApplyPatchToolCallOutputType(typ)
	return OutputItem{ApplyPatchToolCallOutput: &v, Type: typ}
}

// CreateOutputItemMCPCall wraps v in the union, setting its `type`.
func CreateOutputItemMCPCall(v MCPToolCall) OutputItem {
	typ := OutputItemTypeMCPCall
	v.Type = MCPToolCallType(typ)
	return OutputItem{MCPToolCall: &v, Type: typ}
}

// CreateOutputItemMCPListTools wraps v in the union, setting its `type`.
func CreateOutputItemMCPListTools(v MCPListTools) OutputItem {
	typ := OutputItemTypeMCPListTools
	v.Type = MCPListToolsType(typ)
	return OutputItem{MCPListTools: &v, Type: typ}
}

// CreateOutputItemMCPApprovalRequest wraps v in the union, setting its `type`.
func CreateOutputItemMCPApprovalRequest(v MCPApprovalRequest) OutputItem {
	typ := OutputItemTypeMCPApprovalRequest
	v.Type = MCPApprovalRequestType(typ)
	return OutputItem{MCPApprovalRequest: &v, Type: typ}
}

// CreateOutputItemMCPApprovalResponse wraps v in the union, setting its `type`.
func CreateOutputItemMCPApprovalResponse(v MCPApprovalResponseResource) OutputItem {
	typ := OutputItemTypeMCPApprovalResponse
	v.Type = MCPApprovalResponseResourceType(typ)
	return OutputItem{MCPApprovalResponseResource: &v, Type: typ}
}

// CreateOutputItemCustomToolCall wraps v in the union, setting its `type`.
func CreateOutputItemCustomToolCall(v CustomToolCall) OutputItem {
	typ := OutputItemTypeCustomToolCall
	v.Type = CustomToolCallType(typ)
	return OutputItem{CustomToolCall: &v, Type: typ}
}

// CreateOutputItemCustomToolCallOutput wraps v in the union, setting its `type`.
func CreateOutputItemCustomToolCallOutput(v CustomToolCallOutputResource) OutputItem {
	typ := OutputItemTypeCustomToolCallOutput
	v.Type = CustomToolCallOutputResourceType(typ)
	return OutputItem{CustomToolCallOutputResource: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u OutputItem) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *OutputItem) UnmarshalJSON(data []byte) error {
	return rooted("OutputItem", u.decode(data, "$"))
}

func (u *OutputItem) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "OutputItem", "type")
	if err != nil {
		return err
	}
	switch OutputItemType(tag) {
	case OutputItemTypeMessage:
		var v OutputMessage
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemMessage(v)
	case OutputItemTypeFileSearchCall:
		var v FileSearchToolCall
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemFileSearchCall(v)
	case OutputItemTypeFunctionCall:
		var v FunctionToolCall
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemFunctionCall(v)
	case OutputItemTypeFunctionCallOutput:
		var v FunctionToolCallOutputResource
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemFunctionCallOutput(v)
	case OutputItemTypeWebSearchCall:
		var v WebSearchToolCall
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemWebSearchCall(v)
	case OutputItemTypeComputerCall:
		var v ComputerToolCall
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemComputerCall(v)
	case OutputItemTypeComputerCallOutput:
		var v ComputerToolCallOutputResource
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemComputerCallOutput(v)
	case OutputItemTypeReasoning:
		var v ReasoningItem
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemReasoning(v)
	case OutputItemTypeProgram:
		var v Program
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemProgram(v)
	case OutputItemTypeProgramOutput:
		var v ProgramOutput
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemProgramOutput(v)
	case OutputItemTypeToolSearchCall:
		var v ToolSearchCall
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemToolSearchCall(v)
	case OutputItemTypeToolSearchOutput:
		var v ToolSearchOutput
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemToolSearchOutput(v)
	case OutputItemTypeAdditionalTools:
		var v AdditionalTools
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemAdditionalTools(v)
	case OutputItemTypeCompaction:
		var v CompactionBody
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemCompaction(v)
	case OutputItemTypeImageGenerationCall:
		var v ImageGenToolCall
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemImageGenerationCall(v)
	case OutputItemTypeCodeInterpreterCall:
		var v CodeInterpreterToolCall
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemCodeInterpreterCall(v)
	case OutputItemTypeLocalShellCall:
		var v LocalShellToolCall
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemLocalShellCall(v)
	case OutputItemTypeLocalShellCallOutput:
		var v LocalShellToolCallOutput
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemLocalShellCallOutput(v)
	case OutputItemTypeShellCall:
		var v FunctionShellCall
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemShellCall(v)
	case OutputItemTypeShellCallOutput:
		var v FunctionShellCallOutput
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemShellCallOutput(v)
	case OutputItemTypeApplyPatchCall:
		var v ApplyPatchToolCall
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemApplyPatchCall(v)
	case OutputItemTypeApplyPatchCallOutput:
		var v ApplyPatchToolCallOutput
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemApplyPatchCallOutput(v)
	case OutputItemTypeMCPCall:
		var v MCPToolCall
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemMCPCall(v)
	case OutputItemTypeMCPListTools:
		var v MCPListTools
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemMCPListTools(v)
	case OutputItemTypeMCPApprovalRequest:
		var v MCPApprovalRequest
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemMCPApprovalRequest(v)
	case OutputItemTypeMCPApprovalResponse:
		var v MCPApprovalResponseResource
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemMCPApprovalResponse(v)
	case OutputItemTypeCustomToolCall:
		var v CustomToolCall
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemCustomToolCall(v)
	case OutputItemTypeCustomToolCallOutput:
		var v CustomToolCallOutputResource
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOutputItemCustomToolCallOutput(v)
	default:
		*u = OutputItem{Unknown: append(json.RawMessage(nil), data...), Type: OutputItemType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u OutputItem) MarshalJSON() ([]byte, error) {
	switch {
	case u.OutputMessage != nil:
		return marshal(u.OutputMessage)
	case u.FileSearchToolCall != nil:
		return marshal(u.FileSearchToolCall)
	case u.FunctionToolCall != nil:
		return marshal(u.FunctionToolCall)
	case u.FunctionToolCallOutputResource != nil:
		return marshal(u.FunctionToolCallOutputResource)
	case u.WebSearchToolCall != nil:
		return marshal(u.WebSearchToolCall)
	case u.ComputerToolCall != nil:
		return marshal(u.ComputerToolCall)
	case u.ComputerToolCallOutputResource != nil:
		return marshal(u.ComputerToolCallOutputResource)
	case u.ReasoningItem != nil:
		return marshal(u.ReasoningItem)
	case u.Program != nil:
		return marshal(u.Program)
	case u.ProgramOutput != nil:
		return marshal(u.ProgramOutput)
	case u.ToolSearchCall != nil:
		return marshal(u.ToolSearchCall)
	case u.ToolSearchOutput != nil:
		return marshal(u.ToolSearchOutput)
	case u.AdditionalTools != nil:
		return marshal(u.AdditionalTools)
	case u.CompactionBody != nil:
		return marshal(u.CompactionBody)
	case u.ImageGenToolCall != nil:
		return marshal(u.ImageGenToolCall)
	case u.CodeInterpreterToolCall != nil:
		return marshal(u.CodeInterpreterToolCall)
	case u.LocalShellToolCall != nil:
		return marshal(u.LocalShellToolCall)
	case u.LocalShellToolCallOutput != nil:
		return marshal(u.LocalShellToolCallOutput)
	case u.FunctionShellCall != nil:
		return marshal(u.FunctionShellCall)
	case u.FunctionShellCallOutput != nil:
		return marshal(u.FunctionShellCallOutput)
	case u.ApplyPatchToolCall != nil:
		return marshal(u.ApplyPatchToolCall)
	case u.ApplyPatchToolCallOutput != nil:
		return marshal(u.ApplyPatchToolCallOutput)
	case u.MCPToolCall != nil:
		return marshal(u.MCPToolCall)
	case u.MCPListTools != nil:
		return marshal(u.MCPListTools)
	case u.MCPApprovalRequest != nil:
		return marshal(u.MCPApprovalRequest)
	case u.MCPApprovalResponseResource != nil:
		return marshal(u.MCPApprovalResponseResource)
	case u.CustomToolCall != nil:
		return marshal(u.CustomToolCall)
	case u.CustomToolCallOutputResource != nil:
		return marshal(u.CustomToolCallOutputResource)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("OutputItem")
}
