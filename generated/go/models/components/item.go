// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type Item struct {
	InputMessage                      *InputMessage
	OutputMessage                     *OutputMessage
	FileSearchToolCall                *FileSearchToolCall
	ComputerToolCall                  *ComputerToolCall
	ComputerCallOutputItemParam       *ComputerCallOutputItemParam
	WebSearchToolCall                 *WebSearchToolCall
	FunctionToolCall                  *FunctionToolCall
	FunctionCallOutputItemParam       *FunctionCallOutputItemParam
	ToolSearchCallItemParam           *ToolSearchCallItemParam
	ToolSearchOutputItemParam         *ToolSearchOutputItemParam
	AdditionalToolsItemParam          *AdditionalToolsItemParam
	ReasoningItem                     *ReasoningItem
	CompactionSummaryItemParam        *CompactionSummaryItemParam
	ImageGenToolCall                  *ImageGenToolCall
	CodeInterpreterToolCall           *CodeInterpreterToolCall
	LocalShellToolCall                *LocalShellToolCall
	LocalShellToolCallOutput          *LocalShellToolCallOutput
	FunctionShellCallItemParam        *FunctionShellCallItemParam
	FunctionShellCallOutputItemParam  *FunctionShellCallOutputItemParam
	ApplyPatchToolCallItemParam       *ApplyPatchToolCallItemParam
	ApplyPatchToolCallOutputItemParam *ApplyPatchToolCallOutputItemParam
	MCPListTools                      *MCPListTools
	MCPApprovalRequest                *MCPApprovalRequest
	MCPApprovalResponse               *MCPApprovalResponse
	MCPToolCall                       *MCPToolCall
	CustomToolCallOutput              *CustomToolCallOutput
	CustomToolCall                    *CustomToolCall

	// Type names the alternative held.
	Type ItemType
}

// ItemType names the alternatives of Item.
type ItemType string

const (
	ItemTypeInputMessage                      ItemType = "InputMessage"
	ItemTypeOutputMessage                     ItemType = "OutputMessage"
	ItemTypeFileSearchToolCall                ItemType = "FileSearchToolCall"
	ItemTypeComputerToolCall                  ItemType = "ComputerToolCall"
	ItemTypeComputerCallOutputItemParam       ItemType = "ComputerCallOutputItemParam"
	ItemTypeWebSearchToolCall                 ItemType = "WebSearchToolCall"
	ItemTypeFunctionToolCall                  ItemType = "FunctionToolCall"
	ItemTypeFunctionCallOutputItemParam       ItemType = "FunctionCallOutputItemParam"
	ItemTypeToolSearchCallItemParam           ItemType = "ToolSearchCallItemParam"
	ItemTypeToolSearchOutputItemParam         ItemType = "ToolSearchOutputItemParam"
	ItemTypeAdditionalToolsItemParam          ItemType = "AdditionalToolsItemParam"
	ItemTypeReasoningItem                     ItemType = "ReasoningItem"
	ItemTypeCompactionSummaryItemParam        ItemType = "CompactionSummaryItemParam"
	ItemTypeImageGenToolCall                  ItemType = "ImageGenToolCall"
	ItemTypeCodeInterpreterToolCall           ItemType = "CodeInterpreterToolCall"
	ItemTypeLocalShellToolCall                ItemType = "LocalShellToolCall"
	ItemTypeLocalShellToolCallOutput          ItemType = "LocalShellToolCallOutput"
	ItemTypeFunctionShellCallItemParam        ItemType = "FunctionShellCallItemParam"
	ItemTypeFunctionShellCallOutputItemParam  ItemType = "FunctionShellCallOutputItemParam"
	ItemTypeApplyPatchToolCallItemParam       ItemType = "ApplyPatchToolCallItemParam"
	ItemTypeApplyPatchToolCallOutputItemParam ItemType = "ApplyPatchToolCallOutputItemParam"
	ItemTypeMCPListTools                      ItemType = "MCPListTools"
	ItemTypeMCPApprovalRequest                ItemType = "MCPApprovalRequest"
	ItemTypeMCPApprovalResponse               ItemType = "MCPApprovalResponse"
	ItemTypeMCPToolCall                       ItemType = "MCPToolCall"
	ItemTypeCustomToolCallOutput              ItemType = "CustomToolCallOutput"
	ItemTypeCustomToolCall                    ItemType = "CustomToolCall"
)

// ToPointer returns a pointer to a copy of e.
func (e ItemType) ToPointer() *ItemType {
	return &e
}

// CreateItemInputMessage wraps v in the union.
func CreateItemInputMessage(v InputMessage) Item {
	return Item{InputMessage: &v, Type: ItemTypeInputMessage}
}

// CreateItemOutputMessage wraps v in the union.
func CreateItemOutputMessage(v OutputMessage) Item {
	return Item{OutputMessage: &v, Type: ItemTypeOutputMessage}
}

// CreateItemFileSearchToolCall wraps v in the union.
func CreateItemFileSearchToolCall(v FileSearchToolCall) Item {
	return Item{FileSearchToolCall: &v, Type: ItemTypeFileSearchToolCall}
}

// CreateItemComputerToolCall wraps v in the union.
func CreateItemComputerToolCall(v ComputerToolCall) Item {
	return Item{ComputerToolCall: &v, Type: ItemTypeComputerToolCall}
}

// CreateItemComputerCallOutputItemParam wraps v in the union.
func CreateItemComputerCallOutputItemParam(v ComputerCallOutputItemParam) Item {
	return Item{ComputerCallOutputItemParam: &v, Type: ItemTypeComputerCallOutputItemParam}
}

// CreateItemWebSearchToolCall wraps v in the union.
func CreateItemWebSearchToolCall(v WebSearchToolCall) Item {
	return Item{WebSearchToolCall: &v, Type: ItemTypeWebSearchToolCall}
}

// CreateItemFunctionToolCall wraps v in the union.
func CreateItemFunctionToolCall(v FunctionToolCall) Item {
	return Item{FunctionToolCall: &v, Type: ItemTypeFunctionToolCall}
}

// CreateItemFunctionCallOutputItemParam wraps v in the union.
func CreateItemFunctionCallOutputItemParam(v FunctionCallOutputItemParam) Item {
	return Item{FunctionCallOutputItemParam: &v, Type: ItemTypeFunctionCallOutputItemParam}
}

// CreateItemToolSearchCallItemParam wraps v in the union.
func CreateItemToolSearchCallItemParam(v ToolSearchCallItemParam) Item {
	return Item{ToolSearchCallItemParam: &v, Type: ItemTypeToolSearchCallItemParam}
}

// CreateItemToolSearchOutputItemParam wraps v in the union.
func CreateItemToolSearchOutputItemParam(v ToolSearchOutputItemParam) Item {
	return Item{ToolSearchOutputItemParam: &v, Type: ItemTypeToolSearchOutputItemParam}
}

// CreateItemAdditionalToolsItemParam wraps v in the union.
func CreateItemAdditionalToolsItemParam(v AdditionalToolsItemParam) Item {
	return Item{AdditionalToolsItemParam: &v, Type: ItemTypeAdditionalToolsItemParam}
}

// CreateItemReasoningItem wraps v in the union.
func CreateItemReasoningItem(v ReasoningItem) Item {
	return Item{ReasoningItem: &v, Type: ItemTypeReasoningItem}
}

// CreateItemCompactionSummaryItemParam wraps v in the union.
func CreateItemCompactionSummaryItemParam(v CompactionSummaryItemParam) Item {
	return Item{CompactionSummaryItemParam: &v, Type: ItemTypeCompactionSummaryItemParam}
}

// CreateItemImageGenToolCall wraps v in the union.
func CreateItemImageGenToolCall(v ImageGenToolCall) Item {
	return Item{ImageGenToolCall: &v, Type: ItemTypeImageGenToolCall}
}

// CreateItemCodeInterpreterToolCall wraps v in the union.
func CreateItemCodeInterpreterToolCall(v CodeInterpreterToolCall) Item {
	return Item{CodeInterpreterToolCall: &v, Type: ItemTypeCodeInterpreterToolCall}
}

// CreateItemLocalShellToolCall wraps v in the union.
func CreateItemLocalShellToolCall(v LocalShellToolCall) Item {
	return Item{LocalShellToolCall: &v, Type: ItemTypeLocalShellToolCall}
}

// CreateItemLocalShellToolCallOutput wraps v in the union.
func CreateItemLocalShellToolCallOutput(v LocalShellToolCallOutput) Item {
	return Item{LocalShellToolCallOutput: &v, Type: ItemTypeLocalShellToolCallOutput}
}

// CreateItemFunctionShellCallItemParam wraps v in the union.
func CreateItemFunctionShellCallItemParam(v FunctionShellCallItemParam) Item {
	return Item{FunctionShellCallItemParam: &v, Type: ItemTypeFunctionShellCallItemParam}
}

// CreateItemFunctionShellCallOutputItemParam wraps v in the union.
func CreateItemFunctionShellCallOutputItemParam(v FunctionShellCallOutputItemParam) Item {
	return Item{FunctionShellCallOutputItemParam: &v, Type: ItemTypeFunctionShellCallOutputItemParam}
}

// CreateItemApplyPatchToolCallItemParam wraps v in the union.
func CreateItemApplyPatchToolCallItemParam(v ApplyPatchToolCallItemParam) Item {
	return Item{ApplyPatchToolCallItemParam: &v, Type: ItemTypeApplyPatchToolCallItemParam}
}

// CreateItemApplyPatchToolCallOutputItemParam wraps v in the union.
func CreateItemApplyPatchToolCallOutputItemParam(v ApplyPatchToolCallOutputItemParam) Item {
	return Item{ApplyPatchToolCallOutputItemParam: &v, Type: ItemTypeApplyPatchToolCallOutputItemParam}
}

// CreateItemMCPListTools wraps v in the union.
func CreateItemMCPListTools(v MCPListTools) Item {
	return Item{MCPListTools: &v, Type: ItemTypeMCPListTools}
}

// CreateItemMCPApprovalRequest wraps v in the union.
func CreateItemMCPApprovalRequest(v MCPApprovalRequest) Item {
	return Item{MCPApprovalRequest: &v, Type: ItemTypeMCPApprovalRequest}
}

// CreateItemMCPApprovalResponse wraps v in the union.
func CreateItemMCPApprovalResponse(v MCPApprovalResponse) Item {
	return Item{MCPApprovalResponse: &v, Type: ItemTypeMCPApprovalResponse}
}

// CreateItemMCPToolCall wraps v in the union.
func CreateItemMCPToolCall(v MCPToolCall) Item {
	return Item{MCPToolCall: &v, Type: ItemTypeMCPToolCall}
}

// CreateItemCustomToolCallOutput wraps v in the union.
func CreateItemCustomToolCallOutput(v CustomToolCallOutput) Item {
	return Item{CustomToolCallOutput: &v, Type: ItemTypeCustomToolCallOutput}
}

// CreateItemCustomToolCall wraps v in the union.
func CreateItemCustomToolCall(v CustomToolCall) Item {
	return Item{CustomToolCall: &v, Type: ItemTypeCustomToolCall}
}

// UnmarshalJSON decodes the first alternative, in the order above, that accepts the value strictly;
// a value no alternative accepts is rejected with a *DecodeError.
func (u *Item) UnmarshalJSON(data []byte) error {
	return rooted("Item", u.decode(data, "$"))
}

func (u *Item) decode(data []byte, path string) error {
	var v1 InputMessage
	if (*InputMessage).decode(&v1, data, path) == nil {
		*u = CreateItemInputMessage(v1)
		return nil
	}
	var v2 OutputMessage
	if (*OutputMessage).decode(&v2, data, path) == nil {
		*u = CreateItemOutputMessage(v2)
		return nil
	}
	var v3 FileSearchToolCall
	if (*FileSearchToolCall).decode(&v3, data, path) == nil {
		*u = CreateItemFileSearchToolCall(v3)
		return nil
	}
	var v4 ComputerToolCall
	if (*ComputerToolCall).decode(&v4, data, path) == nil {
		*u = CreateItemComputerToolCall(v4)
		return nil
	}
	var v5 ComputerCallOutputItemParam
	if (*ComputerCallOutputItemParam).decode(&v5, data, path) == nil {
		*u = CreateItemComputerCallOutputItemParam(v5)
		return nil
	}
	var v6 WebSearchToolCall
	if (*WebSearchToolCall).decode(&v6, data, path) == nil {
		*u = CreateItemWebSearchToolCall(v6)
		return nil
	}
	var v7 FunctionToolCall
	if (*FunctionToolCall).decode(&v7, data, path) == nil {
		*u = CreateItemFunctionToolCall(v7)
		return nil
	}
	var v8 FunctionCallOutputItemParam
	if (*FunctionCallOutputItemParam).decode(&v8, data, path) == nil {
		*u = CreateItemFunctionCallOutputItemParam(v8)
		return nil
	}
	var v9 ToolSearchCallItemParam
	if (*ToolSearchCallItemParam).decode(&v9, data, path) == nil {
		*u = CreateItemToolSearchCallItemParam(v9)
		return nil
	}
	var v10 ToolSearchOutputItemParam
	if (*ToolSearchOutputItemParam).decode(&v10, data, path) == nil {
		*u = CreateItemToolSearchOutputItemParam(v10)
		return nil
	}
	var v11 AdditionalToolsItemParam
	if (*AdditionalToolsItemParam).decode(&v11, data, path) == nil {
		*u = CreateItemAdditionalToolsItemParam(v11)
		return nil
	}
	var v12 ReasoningItem
	if (*ReasoningItem).decode(&v12, data, path) == nil {
		*u = CreateItemReasoningItem(v12)
		return nil
	}
	var v13 CompactionSummaryItemParam
	if (*CompactionSummaryItemParam).decode(&v13, data, path) == nil {
		*u = CreateItemCompactionSummaryItemParam(v13)
		return nil
	}
	var v14 ImageGenToolCall
	if (*ImageGenToolCall).decode(&v14, data, path) == nil {
		*u = CreateItemImageGenToolCall(v14)
		return nil
	}
	var v15 CodeInterpreterToolCall
	if (*CodeInterpreterToolCall).decode(&v15, data, path) == nil {
		*u = CreateItemCodeInterpreterToolCall(v15)
		return nil
	}
	var v16 LocalShellToolCall
	if (*LocalShellToolCall).decode(&v16, data, path) == nil {
		*u = CreateItemLocalShellToolCall(v16)
		return nil
	}
	var v17 LocalShellToolCallOutput
	if (*LocalShellToolCallOutput).decode(&v17, data, path) == nil {
		*u = CreateItemLocalShellToolCallOutput(v17)
		return nil
	}
	var v18 FunctionShellCallItemParam
	if (*FunctionShellCallItemParam).decode(&v18, data, path) == nil {
		*u = CreateItemFunctionShellCallItemParam(v18)
		return nil
	}
	var v19 FunctionShellCallOutputItemParam
	if (*FunctionShellCallOutputItemParam).decode(&v19, data, path) == nil {
		*u = CreateItemFunctionShellCallOutputItemParam(v19)
		return nil
	}
	var v20 ApplyPatchToolCallItemParam
	if (*ApplyPatchToolCallItemParam).decode(&v20, data, path) == nil {
		*u = CreateItemApplyPatchToolCallItemParam(v20)
		return nil
	}
	var v21 ApplyPatchToolCallOutputItemParam
	if (*ApplyPatchToolCallOutputItemParam).decode(&v21, data, path) == nil {
		*u = CreateItemApplyPatchToolCallOutputItemParam(v21)
		return nil
	}
	var v22 MCPListTools
	if (*MCPListTools).decode(&v22, data, path) == nil {
		*u = CreateItemMCPListTools(v22)
		return nil
	}
	var v23 MCPApprovalRequest
	if (*MCPApprovalRequest).decode(&v23, data, path) == nil {
		*u = CreateItemMCPApprovalRequest(v23)
		return nil
	}
	var v24 MCPApprovalResponse
	if (*MCPApprovalResponse).decode(&v24, data, path) == nil {
		*u = CreateItemMCPApprovalResponse(v24)
		return nil
	}
	var v25 MCPToolCall
	if (*MCPToolCall).decode(&v25, data, path) == nil {
		*u = CreateItemMCPToolCall(v25)
		return nil
	}
	var v26 CustomToolCallOutput
	if (*CustomToolCallOutput).decode(&v26, data, path) == nil {
		*u = CreateItemCustomToolCallOutput(v26)
		return nil
	}
	var v27 CustomToolCall
	if (*CustomToolCall).decode(&v27, data, path) == nil {
		*u = CreateItemCustomToolCall(v27)
		return nil
	}
	return &DecodeError{Type: "Item", Path: path, Expected: "one of: InputMessage (an object), OutputMessage (an object), FileSearchToolCall (an object), ComputerToolCall (an object), ComputerCallOutputItemParam (an object), WebSearchToolCall (an object), FunctionToolCall (an object), FunctionCallOutputItemParam (an object), ToolSearchCallItemParam (an object), ToolSearchOutputItemParam (an object), AdditionalToolsItemParam (an object), ReasoningItem (an object), CompactionSummaryItemParam (an object), ImageGenToolCall (an object), CodeInterpreterToolCall (an object), LocalShellToolCall (an object), LocalShellToolCallOutput (an object), FunctionShellCallItemParam (an object), FunctionShellCallOutputItemParam (an object), ApplyPatchToolCallItemParam (an object), ApplyPatchToolCallOutputItemParam (an object), MCPListTools (an object), MCPApprovalRequest (an object), MCPApprovalResponse (an object), MCPToolCall (an object), CustomToolCallOutput (an object), CustomToolCall (an object)", Got: describe(data)}
}

// MarshalJSON writes the alternative that is set.
func (u Item) MarshalJSON() ([]byte, error) {
	switch {
	case u.InputMessage != nil:
		return marshal(u.InputMessage)
	case u.OutputMessage != nil:
		return marshal(u.OutputMessage)
	case u.FileSearchToolCall != nil:
		return marshal(u.FileSearchToolCall)
	case u.ComputerToolCall != nil:
		return marshal(u.ComputerToolCall)
	case u.ComputerCallOutputItemParam != nil:
		return marshal(u.ComputerCallOutputItemParam)
	case u.WebSearchToolCall != nil:
		return marshal(u.WebSearchToolCall)
	case u.FunctionToolCall != nil:
		return marshal(u.FunctionToolCall)
	case u.FunctionCallOutputItemParam != nil:
		return marshal(u.FunctionCallOutputItemParam)
	case u.ToolSearchCallItemParam != nil:
		return marshal(u.ToolSearchCallItemParam)
	case u.ToolSearchOutputItemParam != nil:
		return marshal(u.ToolSearchOutputItemParam)
	case u.AdditionalToolsItemParam != nil:
		return marshal(u.AdditionalToolsItemParam)
	case u.ReasoningItem != nil:
		return marshal(u.ReasoningItem)
	case u.CompactionSummaryItemParam != nil:
		return marshal(u.CompactionSummaryItemParam)
	case u.ImageGenToolCall != nil:
		return marshal(u.ImageGenToolCall)
	case u.CodeInterpreterToolCall != nil:
		return marshal(u.CodeInterpreterToolCall)
	case u.LocalShellToolCall != nil:
		return marshal(u.LocalShellToolCall)
	case u.LocalShellToolCallOutput != nil:
		return marshal(u.LocalShellToolCallOutput)
	case u.FunctionShellCallItemParam != nil:
		return marshal(u.FunctionShellCallItemParam)
	case u.FunctionShellCallOutputItemParam != nil:
		return marshal(u.FunctionShellCallOutputItemParam)
	case u.ApplyPatchToolCallItemParam != nil:
		return marshal(u.ApplyPatchToolCallItemParam)
	case u.ApplyPatchToolCallOutputItemParam != nil:
		return marshal(u.ApplyPatchToolCallOutputItemParam)
	case u.MCPListTools != nil:
		return marshal(u.MCPListTools)
	case u.MCPApprovalRequest != nil:
		return marshal(u.MCPApprovalRequest)
	case u.MCPApprovalResponse != nil:
		return marshal(u.MCPApprovalResponse)
	case u.MCPToolCall != nil:
		return marshal(u.MCPToolCall)
	case u.CustomToolCallOutput != nil:
		return marshal(u.CustomToolCallOutput)
	case u.CustomToolCall != nil:
		return marshal(u.CustomToolCall)
	}
	return nil, noMember("Item")
}
