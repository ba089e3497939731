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
  ApplyPatchToolParam$inboundSchema,
  ApplyPatchToolParam$outboundSchema,
  type ApplyPatchToolParam,
  type ApplyPatchToolParam$Outbound,
} from "./applypatchtoolparam.js";
import {
  CodeInterpreterTool$inboundSchema,
  CodeInterpreterTool$outboundSchema,
  type CodeInterpreterTool,
  type CodeInterpreterTool$Outbound,
} from "./codeinterpretertool.js";
import {
  ComputerTool$inboundSchema,
  ComputerTool$outboundSchema,
  type ComputerTool,
  type ComputerTool$Outbound,
} from "./computertool.js";
import {
  ComputerUsePreviewTool$inboundSchema,
  ComputerUsePreviewTool$outboundSchema,
  type ComputerUsePreviewTool,
  type ComputerUsePreviewTool$Outbound,
} from "./computerusepreviewtool.js";
import {
  CustomToolParam$inboundSchema,
  CustomToolParam$outboundSchema,
  type CustomToolParam,
  type CustomToolParam$Outbound,
} from "./customtoolparam.js";
import {
  FileSearchTool$inboundSchema,
  FileSearchTool$outboundSchema,
  type FileSearchTool,
  type FileSearchTool$Outbound,
} from "./filesearchtool.js";
import {
  FunctionShellToolParam$inboundSchema,
  FunctionShellToolParam$outboundSchema,
  type FunctionShellToolParam,
  type FunctionShellToolParam$Outbound,
} from "./functionshelltoolparam.js";
import {
  FunctionTool$inboundSchema,
  FunctionTool$outboundSchema,
  type FunctionTool,
  type FunctionTool$Outbound,
} from "./functiontool.js";
import {
  ImageGenTool$inboundSchema,
  ImageGenTool$outboundSchema,
  type ImageGenTool,
  type ImageGenTool$Outbound,
} from "./imagegentool.js";
import {
  LocalShellToolParam$inboundSchema,
  LocalShellToolParam$outboundSchema,
  type LocalShellToolParam,
  type LocalShellToolParam$Outbound,
} from "./localshelltoolparam.js";
import {
  MCPTool$inboundSchema,
  MCPTool$outboundSchema,
  type MCPTool,
  type MCPTool$Outbound,
} from "./mcptool.js";
import {
  NamespaceToolParam$inboundSchema,
  NamespaceToolParam$outboundSchema,
  type NamespaceToolParam,
  type NamespaceToolParam$Outbound,
} from "./namespacetoolparam.js";
import {
  ProgrammaticToolCallingParam$inboundSchema,
  ProgrammaticToolCallingParam$outboundSchema,
  type ProgrammaticToolCallingParam,
  type ProgrammaticToolCallingParam$Outbound,
} from "./programmatictoolcallingparam.js";
import {
  ToolSearchToolParam$inboundSchema,
  ToolSearchToolParam$outboundSchema,
  type ToolSearchToolParam,
  type ToolSearchToolParam$Outbound,
} from "./toolsearchtoolparam.js";
import {
  WebSearchPreviewTool$inboundSchema,
  WebSearchPreviewTool$outboundSchema,
  type WebSearchPreviewTool,
  type WebSearchPreviewTool$Outbound,
} from "./websearchpreviewtool.js";
import {
  WebSearchTool$inboundSchema,
  WebSearchTool$outboundSchema,
  type WebSearchTool,
  type WebSearchTool$Outbound,
} from "./websearchtool.js";

export type Tool =
  | FunctionTool
  | FileSearchTool
  | ComputerTool
  | ComputerUsePreviewTool
  | WebSearchTool
  | MCPTool
  | CodeInterpreterTool
  | ProgrammaticToolCallingParam
  | ImageGenTool
  | LocalShellToolParam
  | FunctionShellToolParam
  | CustomToolParam
  | NamespaceToolParam
  | ToolSearchToolParam
  | WebSearchPreviewTool
  | ApplyPatchToolParam;

/** Tool as it is sent on the wire. */
export type Tool$Outbound =
  | FunctionTool$Outbound
  | FileSearchTool$Outbound
  | ComputerTool$Outbound
  | ComputerUsePreviewTool$Outbound
  | WebSearchTool$Outbound
  | MCPTool$Outbound
  | CodeInterpreterTool$Outbound
  | ProgrammaticToolCallingParam$Outbound
  | ImageGenTool$Outbound
  | LocalShellToolParam$Outbound
  | FunctionShellToolParam$Outbound
  | CustomToolParam$Outbound
  | NamespaceToolParam$Outbound
  | ToolSearchToolParam$Outbound
  | WebSearchPreviewTool$Outbound
  | ApplyPatchToolParam$Outbound;

/** Decodes a value as the first of these alternatives that accepts it. */
export const Tool$inboundSchema: z.ZodType<Tool, unknown> = untaggedUnionInbound(
  "Tool",
  [
    FunctionTool$inboundSchema,
    FileSearchTool$inboundSchema,
    ComputerTool$inboundSchema,
    ComputerUsePreviewTool$inboundSchema,
    WebSearchTool$inboundSchema,
    MCPTool$inboundSchema,
    CodeInterpreterTool$inboundSchema,
    ProgrammaticToolCallingParam$inboundSchema,
    ImageGenTool$inboundSchema,
    LocalShellToolParam$inboundSchema,
    FunctionShellToolParam$inboundSchema,
    CustomToolParam$inboundSchema,
    NamespaceToolParam$inboundSchema,
    ToolSearchToolParam$inboundSchema,
    WebSearchPreviewTool$inboundSchema,
    ApplyPatchToolParam$inboundSchema,
  ],
  "one of: a FunctionTool object, a FileSearchTool object, a ComputerTool object, a ComputerUsePreviewTool object, a WebSearchTool object, a MCPTool object, a CodeInterpreterTool object, a ProgrammaticToolCallingParam object, an ImageGenTool object, a LocalShellToolParam object, a FunctionShellToolParam object, a CustomToolParam object, a NamespaceToolParam object, a ToolSearchToolParam object, a WebSearchPreviewTool object, an ApplyPatchToolParam object",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const Tool$outboundSchema: z.ZodType<Tool$Outbound, Tool> = untaggedUnionOutbound(
  "Tool",
  [
    FunctionTool$outboundSchema,
    FileSearchTool$outboundSchema,
    ComputerTool$outboundSchema,
    ComputerUsePreviewTool$outboundSchema,
    WebSearchTool$outboundSchema,
    MCPTool$outboundSchema,
    CodeInterpreterTool$outboundSchema,
    ProgrammaticToolCallingParam$outboundSchema,
    ImageGenTool$outboundSchema,
    LocalShellToolParam$outboundSchema,
    FunctionShellToolParam$outboundSchema,
    CustomToolParam$outboundSchema,
    NamespaceToolParam$outboundSchema,
    ToolSearchToolParam$outboundSchema,
    WebSearchPreviewTool$outboundSchema,
    ApplyPatchToolParam$outboundSchema,
  ],
  "one of: a FunctionTool object, a FileSearchTool object, a ComputerTool object, a ComputerUsePreviewTool object, a WebSearchTool object, a MCPTool object, a CodeInterpreterTool object, a ProgrammaticToolCallingParam object, an ImageGenTool object, a LocalShellToolParam object, a FunctionShellToolParam object, a CustomToolParam object, a NamespaceToolParam object, a ToolSearchToolParam object, a WebSearchPreviewTool object, an ApplyPatchToolParam object",
);

export function toolToJSON(value: Tool): string {
  return stringifyJSON(value, Tool$outboundSchema, "Tool");
}

export function toolFromJSON(
  jsonString: string,
): SafeParseResult<Tool, SDKValidationError> {
  return safeParseJSON(jsonString, Tool$inboundSchema, "Tool");
}
