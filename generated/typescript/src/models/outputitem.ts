// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  AdditionalTools$inboundSchema,
  AdditionalTools$outboundSchema,
  type AdditionalTools,
  type AdditionalTools$Outbound,
} from "./additionaltools.js";
import {
  ApplyPatchToolCall$inboundSchema,
  ApplyPatchToolCall$outboundSchema,
  type ApplyPatchToolCall,
  type ApplyPatchToolCall$Outbound,
} from "./applypatchtoolcall.js";
import {
  ApplyPatchToolCallOutput$inboundSchema,
  ApplyPatchToolCallOutput$outboundSchema,
  type ApplyPatchToolCallOutput,
  type ApplyPatchToolCallOutput$Outbound,
} from "./applypatchtoolcalloutput.js";
import {
  CodeInterpreterToolCall$inboundSchema,
  CodeInterpreterToolCall$outboundSchema,
  type CodeInterpreterToolCall,
  type CodeInterpreterToolCall$Outbound,
} from "./codeinterpretertoolcall.js";
import {
  CompactionBody$inboundSchema,
  CompactionBody$outboundSchema,
  type CompactionBody,
  type CompactionBody$Outbound,
} from "./compactionbody.js";
import {
  ComputerToolCall$inboundSchema,
  ComputerToolCall$outboundSchema,
  type ComputerToolCall,
  type ComputerToolCall$Outbound,
} from "./computertoolcall.js";
import {
  ComputerToolCallOutputResource$inboundSchema,
  ComputerToolCallOutputResource$outboundSchema,
  type ComputerToolCallOutputResource,
  type ComputerToolCallOutputResource$Outbound,
} from "./computertoolcalloutputresource.js";
import {
  CustomToolCall$inboundSchema,
  CustomToolCall$outboundSchema,
  type CustomToolCall,
  type CustomToolCall$Outbound,
} from "./customtoolcall.js";
import {
  CustomToolCallOutputResource$inboundSchema,
  CustomToolCallOutputResource$outboundSchema,
  type CustomToolCallOutputResource,
  type CustomToolCallOutputResource$Outbound,
} from "./customtoolcalloutputresource.js";
import {
  FileSearchToolCall$inboundSchema,
  FileSearchToolCall$outboundSchema,
  type FileSearchToolCall,
  type FileSearchToolCall$Outbound,
} from "./filesearchtoolcall.js";
import {
  FunctionShellCall$inboundSchema,
  FunctionShellCall$outboundSchema,
  type FunctionShellCall,
  type FunctionShellCall$Outbound,
} from "./functionshellcall.js";
import {
  FunctionShellCallOutput$inboundSchema,
  FunctionShellCallOutput$outboundSchema,
  type FunctionShellCallOutput,
  type FunctionShellCallOutput$Outbound,
} from "./functionshellcalloutput.js";
import {
  FunctionToolCall$inboundSchema,
  FunctionToolCall$outboundSchema,
  type FunctionToolCall,
  type FunctionToolCall$Outbound,
} from "./functiontoolcall.js";
import {
  FunctionToolCallOutputResource$inboundSchema,
  FunctionToolCallOutputResource$outboundSchema,
  type FunctionToolCallOutputResource,
  type FunctionToolCallOutputResource$Outbound,
} from "./functiontoolcalloutputresource.js";
import {
  ImageGenToolCall$inboundSchema,
  ImageGenToolCall$outboundSchema,
  type ImageGenToolCall,
  type ImageGenToolCall$Outbound,
} from "./imagegentoolcall.js";
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
  MCPApprovalResponseResource$inboundSchema,
  MCPApprovalResponseResource$outboundSchema,
  type MCPApprovalResponseResource,
  type MCPApprovalResponseResource$Outbound,
} from "./mcpapprovalresponseresource.js";
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
  Program$inboundSchema,
  Program$outboundSchema,
  type Program,
  type Program$Outbound,
} from "./program.js";
import {
  ProgramOutput$inboundSchema,
  ProgramOutput$outboundSchema,
  type ProgramOutput,
  type ProgramOutput$Outbound,
} from "./programoutput.js";
import {
  ReasoningItem$inboundSchema,
  ReasoningItem$outboundSchema,
  type ReasoningItem,
  type ReasoningItem$Outbound,
} from "./reasoningitem.js";
import {
  ToolSearchCall$inboundSchema,
  ToolSearchCall$outboundSchema,
  type ToolSearchCall,
  type ToolSearchCall$Outbound,
} from "./toolsearchcall.js";
import {
  ToolSearchOutput$inboundSchema,
  ToolSearchOutput$outboundSchema,
  type ToolSearchOutput,
  type ToolSearchOutput$Outbound,
} from "./toolsearchoutput.js";
import {
  WebSearchToolCall$inboundSchema,
  WebSearchToolCall$outboundSchema,
  type WebSearchToolCall,
  type WebSearchToolCall$Outbound,
} from "./websearchtoolcall.js";

export type OutputItem =
  | OutputMessage
  | FileSearchToolCall
  | FunctionToolCall
  | FunctionToolCallOutputResource
  | WebSearchToolCall
  | ComputerToolCall
  | ComputerToolCallOutputResource
  | ReasoningItem
  | Program
  | ProgramOutput
  | ToolSearchCall
  | ToolSearchOutput
  | AdditionalTools
  | CompactionBody
  | ImageGenToolCall
  | CodeInterpreterToolCall
  | LocalShellToolCall
  | LocalShellToolCallOutput
  | FunctionShellCall
  | FunctionShellCallOutput
  | ApplyPatchToolCall
  | ApplyPatchToolCallOutput
  | MCPToolCall
  | MCPListTools
  | MCPApprovalRequest
  | MCPApprovalResponseResource
  | CustomToolCall
  | CustomToolCallOutputResource
  | OutputItemUnknown;

/**
 * The member of OutputItem for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type OutputItemUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isOutputItemUnknown(value: OutputItem): value is OutputItemUnknown {
  return value.type === undefined;
}

/** OutputItem as it is sent on the wire. */
export type OutputItem$Outbound =
  | OutputMessage$Outbound
  | FileSearchToolCall$Outbound
  | FunctionToolCall$Outbound
  | FunctionToolCallOutputResource$Outbound
  | WebSearchToolCall$Outbound
  | ComputerToolCall$Outbound
  | ComputerToolCallOutputResource$Outbound
  | ReasoningItem$Outbound
  | Program$Outbound
  | ProgramOutput$Outbound
  | ToolSearchCall$Outbound
  | ToolSearchOutput$Outbound
  | AdditionalTools$Outbound
  | CompactionBody$Outbound
  | ImageGenToolCall$Outbound
  | CodeInterpreterToolCall$Outbound
  | LocalShellToolCall$Outbound
  | LocalShellToolCallOutput$Outbound
  | FunctionShellCall$Outbound
  | FunctionShellCallOutput$Outbound
  | ApplyPatchToolCall$Outbound
  | ApplyPatchToolCallOutput$Outbound
  | MCPToolCall$Outbound
  | MCPListTools$Outbound
  | MCPApprovalRequest$Outbound
  | MCPApprovalResponseResource$Outbound
  | CustomToolCall$Outbound
  | CustomToolCallOutputResource$Outbound
  | { [k: string]: unknown };

export const OutputItem$inboundSchema: z.ZodType<OutputItem, unknown> = discriminatedUnionInbound(
  "type",
  {
    message: OutputMessage$inboundSchema,
    file_search_call: FileSearchToolCall$inboundSchema,
    function_call: FunctionToolCall$inboundSchema,
    function_call_output: FunctionToolCallOutputResource$inboundSchema,
    web_search_call: WebSearchToolCall$inboundSchema,
    computer_call: ComputerToolCall$inboundSchema,
    computer_call_output: ComputerToolCallOutputResource$inboundSchema,
    reasoning: ReasoningItem$inboundSchema,
    program: Program$inboundSchema,
    program_output: ProgramOutput$inboundSchema,
    tool_search_call: ToolSearchCall$inboundSchema,
    tool_search_output: ToolSearchOutput$inboundSchema,
    additional_tools: AdditionalTools$inboundSchema,
    compaction: CompactionBody$inboundSchema,
    image_generation_call: ImageGenToolCall$inboundSchema,
    code_interpreter_call: CodeInterpreterToolCall$inboundSchema,
    local_shell_call: LocalShellToolCall$inboundSchema,
    local_shell_call_output: LocalShellToolCallOutput$inboundSchema,
    shell_call: FunctionShellCall$inboundSchema,
    shell_call_output: FunctionShellCallOutput$inboundSchema,
    apply_patch_call: ApplyPatchToolCall$inboundSchema,
    apply_patch_call_output: ApplyPatchToolCallOutput$inboundSchema,
    mcp_call: MCPToolCall$inboundSchema,
    mcp_list_tools: MCPListTools$inboundSchema,
    mcp_approval_request: MCPApprovalRequest$inboundSchema,
    mcp_approval_response: MCPApprovalResponseResource$inboundSchema,
    custom_tool_call: CustomToolCall$inboundSchema,
    custom_tool_call_output: CustomToolCallOutputResource$inboundSchema,
  },
);

export const OutputItem$outboundSchema: z.ZodType<OutputItem$Outbound, OutputItem> = discriminatedUnionOutbound(
  "type",
  {
    message: OutputMessage$outboundSchema,
    file_search_call: FileSearchToolCall$outboundSchema,
    function_call: FunctionToolCall$outboundSchema,
    function_call_output: FunctionToolCallOutputResource$outboundSchema,
    web_search_call: WebSearchToolCall$outboundSchema,
    computer_call: ComputerToolCall$outboundSchema,
    computer_call_output: ComputerToolCallOutputResource$outboundSchema,
    reasoning: ReasoningItem$outboundSchema,
    program: Program$outboundSchema,
    program_output: ProgramOutput$outboundSchema,
    tool_search_call: ToolSearchCall$outboundSchema,
    tool_search_output: ToolSearchOutput$outboundSchema,
    additional_tools: AdditionalTools$outboundSchema,
    compaction: CompactionBody$outboundSchema,
    image_generation_call: ImageGenToolCall$outboundSchema,
    code_interpreter_call: CodeInterpreterToolCall$outboundSchema,
    local_shell_call: LocalShellToolCall$outboundSchema,
    local_shell_call_output: LocalShellToolCallOutput$outboundSchema,
    shell_call: FunctionShellCall$outboundSchema,
    shell_call_output: FunctionShellCallOutput$outboundSchema,
    apply_patch_call: ApplyPatchToolCall$outboundSchema,
    apply_patch_call_output: ApplyPatchToolCallOutput$outboundSchema,
    mcp_call: MCPToolCall$outboundSchema,
    mcp_list_tools: MCPListTools$outboundSchema,
    mcp_approval_request: MCPApprovalRequest$outboundSchema,
    mcp_approval_response: MCPApprovalResponseResource$outboundSchema,
    custom_tool_call: CustomToolCall$outboundSchema,
    custom_tool_call_output: CustomToolCallOutputResource$outboundSchema,
  },
);

export function outputItemToJSON(value: OutputItem): string {
  return stringifyJSON(value, OutputItem$outboundSchema, "OutputItem");
}

export function outputItemFromJSON(
  jsonString: string,
): SafeParseResult<OutputItem, SDKValidationError> {
  return safeParseJSON(jsonString, OutputItem$inboundSchema, "OutputItem");
}
