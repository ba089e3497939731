// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  safeParseJSON,
  stringifyJSON,
  untaggedUnionInbound,
  untaggedUnionOutbound,
} from "../lib/schemas.js";
import {
  AdditionalToolsItemParam$inboundSchema,
  AdditionalToolsItemParam$outboundSchema,
  type AdditionalToolsItemParam,
  type AdditionalToolsItemParam$Outbound,
} from "./additionaltoolsitemparam.js";
import {
  ApplyPatchToolCallItemParam$inboundSchema,
  ApplyPatchToolCallItemParam$outboundSchema,
  type ApplyPatchToolCallItemParam,
  type ApplyPatchToolCallItemParam$Outbound,
} from "./applypatchtoolcallitemparam.js";
import {
  ApplyPatchToolCallOutputItemParam$inboundSchema,
  ApplyPatchToolCallOutputItemParam$outboundSchema,
  type ApplyPatchToolCallOutputItemParam,
  type ApplyPatchToolCallOutputItemParam$Outbound,
} from "./applypatchtoolcalloutputitemparam.js";
import {
  CodeInterpreterToolCall$inboundSchema,
  CodeInterpreterToolCall$outboundSchema,
  type CodeInterpreterToolCall,
  type CodeInterpreterToolCall$Outbound,
} from "./codeinterpretertoolcall.js";
import {
  CompactionSummaryItemParam$inboundSchema,
  CompactionSummaryItemParam$outboundSchema,
  type CompactionSummaryItemParam,
  type CompactionSummaryItemParam$Outbound,
} from "./compactionsummaryitemparam.js";
import {
  ComputerCallOutputItemParam$inboundSchema,
  ComputerCallOutputItemParam$outboundSchema,
  type ComputerCallOutputItemParam,
  type ComputerCallOutputItemParam$Outbound,
} from "./computercalloutputitemparam.js";
import {
  ComputerToolCall$inboundSchema,
  ComputerToolCall$outboundSchema,
  type ComputerToolCall,
  type ComputerToolCall$Outbound,
} from "./computertoolcall.js";
import {
  CustomToolCall$inboundSchema,
  CustomToolCall$outboundSchema,
  type CustomToolCall,
  type CustomToolCall$Outbound,
} from "./customtoolcall.js";
import {
  CustomToolCallOutput$inboundSchema,
  CustomToolCallOutput$outboundSchema,
  type CustomToolCallOutput,
  type CustomToolCallOutput$Outbound,
} from "./customtoolcalloutput.js";
import {
  FileSearchToolCall$inboundSchema,
  FileSearchToolCall$outboundSchema,
  type FileSearchToolCall,
  type FileSearchToolCall$Outbound,
} from "./filesearchtoolcall.js";
import {
  FunctionCallOutputItemParam$inboundSchema,
  FunctionCallOutputItemParam$outboundSchema,
  type FunctionCallOutputItemParam,
  type FunctionCallOutputItemParam$Outbound,
} from "./functioncalloutputitemparam.js";
import {
  FunctionShellCallItemParam$inboundSchema,
  FunctionShellCallItemParam$outboundSchema,
  type FunctionShellCallItemParam,
  type FunctionShellCallItemParam$Outbound,
} from "./functionshellcallitemparam.js";
import {
  FunctionShellCallOutputItemParam$inboundSchema,
  FunctionShellCallOutputItemParam$outboundSchema,
  type FunctionShellCallOutputItemParam,
  type FunctionShellCallOutputItemParam$Outbound,
} from "./functionshellcalloutputitemparam.js";
import {
  FunctionToolCall$inboundSchema,
  FunctionToolCall$outboundSchema,
  type FunctionToolCall,
  type FunctionToolCall$Outbound,
} from "./functiontoolcall.js";
import {
  ImageGenToolCall$inboundSchema,
  ImageGenToolCall$outboundSchema,
  type ImageGenToolCall,
  type ImageGenToolCall$Outbound,
} from "./imagegentoolcall.js";
import {
  InputMessage$inboundSchema,
  InputMessage$outboundSchema,
  type InputMessage,
  type InputMessage$Outbound,
} from "./inputmessage.js";
import {
  LocalShellToolCall$inboundSchema,
  LocalShellToolCall$outboundSchema,
  type LocalShellToolCall,
  type LocalShellToolCall$Outbound,
} from "./localshelltoolcall.js";
import {
  LocalShellToolCallOutput$inboundSchema,
  LocalShellToolCallOutput$outboundSchema,
  type LocalShellToolCallOutput,
  type LocalShellToolCallOutput$Outbound,
} from "./localshelltoolcalloutput.js";
import {
  MCPApprovalRequest$inboundSchema,
  MCPApprovalRequest$outboundSchema,
  type MCPApprovalRequest,
  type MCPApprovalRequest$Outbound,
} from "./mcpapprovalrequest.js";
import {
  MCPApprovalResponse$inboundSchema,
  MCPApprovalResponse$outboundSchema,
  type MCPApprovalResponse,
  type MCPApprovalResponse$Outbound,
} from "./mcpapprovalresponse.js";
import {
  MCPListTools$inboundSchema,
  MCPListTools$outboundSchema,
  type MCPListTools,
  type MCPListTools$Outbound,
} from "./mcplisttools.js";
import {
  MCPToolCall$inboundSchema,
  MCPToolCall$outboundSchema,
  type MCPToolCall,
  type MCPToolCall$Outbound,
} from "./mcptoolcall.js";
import {
  OutputMessage$inboundSchema,
  OutputMessage$outboundSchema,
  type OutputMessage,
  type OutputMessage$Outbound,
} from "./outputmessage.js";
import {
  ReasoningItem$inboundSchema,
  ReasoningItem$outboundSchema,
  type ReasoningItem,
  type ReasoningItem$Outbound,
} from "./reasoningitem.js";
import {
  ToolSearchCallItemParam$inboundSchema,
  ToolSearchCallItemParam$outboundSchema,
  type ToolSearchCallItemParam,
  type ToolSearchCallItemParam$Outbound,
} from "./toolsearchcallitemparam.js";
import {
  ToolSearchOutputItemParam$inboundSchema,
  ToolSearchOutputItemParam$outboundSchema,
  type ToolSearchOutputItemParam,
  type ToolSearchOutputItemParam$Outbound,
} from "./toolsearchoutputitemparam.js";
import {
  WebSearchToolCall$inboundSchema,
  WebSearchToolCall$outboundSchema,
  type WebSearchToolCall,
  type WebSearchToolCall$Outbound,
} from "./websearchtoolcall.js";

export type Item =
  | InputMessage
  | OutputMessage
  | FileSearchToolCall
  | ComputerToolCall
  | ComputerCallOutputItemParam
  | WebSearchToolCall
  | FunctionToolCall
  | FunctionCallOutputItemParam
  | ToolSearchCallItemParam
  | ToolSearchOutputItemParam
  | AdditionalToolsItemParam
  | ReasoningItem
  | CompactionSummaryItemParam
  | ImageGenToolCall
  | CodeInterpreterToolCall
  | LocalShellToolCall
  | LocalShellToolCallOutput
  | FunctionShellCallItemParam
  | FunctionShellCallOutputItemParam
  | ApplyPatchToolCallItemParam
  | ApplyPatchToolCallOutputItemParam
  | MCPListTools
  | MCPApprovalRequest
  | MCPApprovalResponse
  | MCPToolCall
  | CustomToolCallOutput
  | CustomToolCall;

/** Item as it is sent on the wire. */
export type Item$Outbound =
  | InputMessage$Outbound
  | OutputMessage$Outbound
  | FileSearchToolCall$Outbound
  | ComputerToolCall$Outbound
  | ComputerCallOutputItemParam$Outbound
  | WebSearchToolCall$Outbound
  | FunctionToolCall$Outbound
  | FunctionCallOutputItemParam$Outbound
  | ToolSearchCallItemParam$Outbound
  | ToolSearchOutputItemParam$Outbound
  | AdditionalToolsItemParam$Outbound
  | ReasoningItem$Outbound
  | CompactionSummaryItemParam$Outbound
  | ImageGenToolCall$Outbound
  | CodeInterpreterToolCall$Outbound
  | LocalShellToolCall$Outbound
  | LocalShellToolCallOutput$Outbound
  | FunctionShellCallItemParam$Outbound
  | FunctionShellCallOutputItemParam$Outbound
  | ApplyPatchToolCallItemParam$Outbound
  | ApplyPatchToolCallOutputItemParam$Outbound
  | MCPListTools$Outbound
  | MCPApprovalRequest$Outbound
  | MCPApprovalResponse$Outbound
  | MCPToolCall$Outbound
  | CustomToolCallOutput$Outbound
  | CustomToolCall$Outbound;

/** Decodes a value as the first of these alternatives that accepts it. */
export const Item$inboundSchema: z.ZodType<Item, unknown> = untaggedUnionInbound(
  "Item",
  [
    InputMessage$inboundSchema,
    OutputMessage$inboundSchema,
    FileSearchToolCall$inboundSchema,
    ComputerToolCall$inboundSchema,
    ComputerCallOutputItemParam$inboundSchema,
    WebSearchToolCall$inboundSchema,
    FunctionToolCall$inboundSchema,
    FunctionCallOutputItemParam$inboundSchema,
    ToolSearchCallItemParam$inboundSchema,
    ToolSearchOutputItemParam$inboundSchema,
    AdditionalToolsItemParam$inboundSchema,
    ReasoningItem$inboundSchema,
    CompactionSummaryItemParam$inboundSchema,
    ImageGenToolCall$inboundSchema,
    CodeInterpreterToolCall$inboundSchema,
    LocalShellToolCall$inboundSchema,
    LocalShellToolCallOutput$inboundSchema,
    FunctionShellCallItemParam$inboundSchema,
    FunctionShellCallOutputItemParam$inboundSchema,
    ApplyPatchToolCallItemParam$inboundSchema,
    ApplyPatchToolCallOutputItemParam$inboundSchema,
    MCPListTools$inboundSchema,
    MCPApprovalRequest$inboundSchema,
    MCPApprovalResponse$inboundSchema,
    MCPToolCall$inboundSchema,
    CustomToolCallOutput$inboundSchema,
    CustomToolCall$inboundSchema,
  ],
  "one of: an InputMessage object, an OutputMessage object, a FileSearchToolCall object, a ComputerToolCall object, a ComputerCallOutputItemParam object, a WebSearchToolCall object, a FunctionToolCall object, a FunctionCallOutputItemParam object, a ToolSearchCallItemParam object, a ToolSearchOutputItemParam object, an AdditionalToolsItemParam object, a ReasoningItem object, a CompactionSummaryItemParam object, an ImageGenToolCall object, a CodeInterpreterToolCall object, a LocalShellToolCall object, a LocalShellToolCallOutput object, a FunctionShellCallItemParam object, a FunctionShellCallOutputItemParam object, an ApplyPatchToolCallItemParam object, an ApplyPatchToolCallOutputItemParam object, a MCPListTools object, a MCPApprovalRequest object, a MCPApprovalResponse object, a MCPToolCall object, a CustomToolCallOutput object, a CustomToolCall object",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const Item$outboundSchema: z.ZodType<Item$Outbound, Item> = untaggedUnionOutbound(
  "Item",
  [
    InputMessage$outboundSchema,
    OutputMessage$outboundSchema,
    FileSearchToolCall$outboundSchema,
    ComputerToolCall$outboundSchema,
    ComputerCallOutputItemParam$outboundSchema,
    WebSearchToolCall$outboundSchema,
    FunctionToolCall$outboundSchema,
    FunctionCallOutputItemParam$outboundSchema,
    ToolSearchCallItemParam$outboundSchema,
    ToolSearchOutputItemParam$outboundSchema,
    AdditionalToolsItemParam$outboundSchema,
    ReasoningItem$outboundSchema,
    CompactionSummaryItemParam$outboundSchema,
    ImageGenToolCall$outboundSchema,
    CodeInterpreterToolCall$outboundSchema,
    LocalShellToolCall$outboundSchema,
    LocalShellToolCallOutput$outboundSchema,
    FunctionShellCallItemParam$outboundSchema,
    FunctionShellCallOutputItemParam$outboundSchema,
    ApplyPatchToolCallItemParam$outboundSchema,
    ApplyPatchToolCallOutputItemParam$outboundSchema,
    MCPListTools$outboundSchema,
    MCPApprovalRequest$outboundSchema,
    MCPApprovalResponse$outboundSchema,
    MCPToolCall$outboundSchema,
    CustomToolCallOutput$outboundSchema,
    CustomToolCall$outboundSchema,
  ],
  "one of: an InputMessage object, an OutputMessage object, a FileSearchToolCall object, a ComputerToolCall object, a ComputerCallOutputItemParam object, a WebSearchToolCall object, a FunctionToolCall object, a FunctionCallOutputItemParam object, a ToolSearchCallItemParam object, a ToolSearchOutputItemParam object, an AdditionalToolsItemParam object, a ReasoningItem object, a CompactionSummaryItemParam object, an ImageGenToolCall object, a CodeInterpreterToolCall object, a LocalShellToolCall object, a LocalShellToolCallOutput object, a FunctionShellCallItemParam object, a FunctionShellCallOutputItemParam object, an ApplyPatchToolCallItemParam object, an ApplyPatchToolCallOutputItemParam object, a MCPListTools object, a MCPApprovalRequest object, a MCPApprovalResponse object, a MCPToolCall object, a CustomToolCallOutput object, a CustomToolCall object",
);

export function itemToJSON(value: Item): string {
  return stringifyJSON(value, Item$outboundSchema, "Item");
}

export function itemFromJSON(
  jsonString: string,
): SafeParseResult<Item, SDKValidationError> {
  return safeParseJSON(jsonString, Item$inboundSchema, "Item");
}
