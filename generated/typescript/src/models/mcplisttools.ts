// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
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

export const MCPListTools$inboundSchema: z.ZodType<MCPListTools, unknown> = objectInbound(
  {
    type: MCPListToolsType$inboundSchema,
    id: z.string(),
    server_label: z.string(),
    tools: z.array(MCPListToolsTool$inboundSchema),
    error: z.string().nullable().optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    serverLabel: v.server_label,
    tools: v.tools,
    ...(v.error === undefined ? {} : { error: v.error }),
    ...collectAdditionalProperties(v, ["type", "id", "server_label", "tools", "error"]),
  }),
);

export const MCPListTools$outboundSchema: z.ZodType<MCPListTools$Outbound, MCPListTools> = objectOutbound(
  {
    type: MCPListToolsType$outboundSchema,
    id: z.string(),
    serverLabel: z.string(),
    tools: z.array(MCPListToolsTool$outboundSchema),
    error: z.string().nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    server_label: v.serverLabel,
    tools: v.tools,
    ...(v.error === undefined ? {} : { error: v.error }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "id", "server_label", "tools", "error"]),
  }),
);

export function mcpListToolsToJSON(value: MCPListTools): string {
  return stringifyJSON(value, MCPListTools$outboundSchema, "MCPListTools");
}

export function mcpListToolsFromJSON(
  jsonString: string,
): SafeParseResult<MCPListTools, SDKValidationError> {
  return safeParseJSON(jsonString, MCPListTools$inboundSchema, "MCPListTools");
}
