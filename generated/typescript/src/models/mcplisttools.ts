// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  enumSchema,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  MCPListToolsTool$inboundSchema,
  MCPListToolsTool$outboundSchema,
  type MCPListToolsTool,
  type MCPListToolsTool$Outbound,
} from "./mcplisttoolstool.js";

export const MCPListToolsType = {
  McpListTools: "mcp_list_tools",
} as const;
export type MCPListToolsType = ClosedEnum<typeof MCPListToolsType>;

export const MCPListToolsType$inboundSchema: z.ZodType<MCPListToolsType, unknown> = enumSchema(MCPListToolsType);

export const MCPListToolsType$outboundSchema: z.ZodType<MCPListToolsType, MCPListToolsType> = enumSchema(MCPListToolsType);

export function mcpListToolsTypeToJSON(value: MCPListToolsType): string {
  return stringifyJSON(value, MCPListToolsType$outboundSchema, "MCPListToolsType");
}

export function mcpListToolsTypeFromJSON(
  jsonString: string,
): SafeParseResult<MCPListToolsType, SDKValidationError> {
  return safeParseJSON(jsonString, MCPListToolsType$inboundSchema, "MCPListToolsType");
}

export type MCPListTools = {
  type: MCPListToolsType;
  id: string;
  serverLabel: string;
  tools: Array<MCPListToolsTool>;
  error?: string | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** MCPListTools as it is sent on the wire. */
export type MCPListTools$Outbound = {
  type: MCPListToolsType;
  id: string;
  server_label: string;
  tools: Array<MCPListToolsTool$Outbound>;
  error?: string | null | undefined;
  [k: string]: unknown;
};

export const MCPListTools$inboundSchema: z.ZodType<MCPListTools, unknown> = objectInbound<MCPListTools>(
  {
    type: ["type", MCPListToolsType$inboundSchema],
    id: ["id", z.string()],
    serverLabel: ["server_label", z.string()],
    tools: ["tools", z.array(MCPListToolsTool$inboundSchema)],
    error: ["error", z.string().nullable().optional()],
  },
);

export const MCPListTools$outboundSchema: z.ZodType<MCPListTools$Outbound, MCPListTools> = objectOutbound<MCPListTools, MCPListTools$Outbound>(
  {
    type: ["type", MCPListToolsType$outboundSchema],
    id: ["id", z.string()],
    serverLabel: ["server_label", z.string()],
    tools: ["tools", z.array(MCPListToolsTool$outboundSchema)],
    error: ["error", z.string().nullable().optional()],
  },
);

export function mcpListToolsToJSON(value: MCPListTools): string {
  return stringifyJSON(value, MCPListTools$outboundSchema, "MCPListTools");
}

export function mcpListToolsFromJSON(
  jsonString: string,
): SafeParseResult<MCPListTools, SDKValidationError> {
  return safeParseJSON(jsonString, MCPListTools$inboundSchema, "MCPListTools");
}
