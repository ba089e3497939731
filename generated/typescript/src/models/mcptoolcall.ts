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
  MCPToolCallError$inboundSchema,
  MCPToolCallError$outboundSchema,
  type MCPToolCallError,
  type MCPToolCallError$Outbound,
} from "./mcptoolcallerror.js";
import {
  MCPToolCallStatus$inboundSchema,
  MCPToolCallStatus$outboundSchema,
  type MCPToolCallStatus,
} from "./mcptoolcallstatus.js";

export const MCPToolCallType = {
  McpCall: "mcp_call",
} as const;
export type MCPToolCallType = ClosedEnum<typeof MCPToolCallType>;

export const MCPToolCallType$inboundSchema: z.ZodType<MCPToolCallType, unknown> = enumSchema(MCPToolCallType);

export const MCPToolCallType$outboundSchema: z.ZodType<MCPToolCallType, MCPToolCallType> = enumSchema(MCPToolCallType);

export function mcpToolCallTypeToJSON(value: MCPToolCallType): string {
  return stringifyJSON(value, MCPToolCallType$outboundSchema, "MCPToolCallType");
}

export function mcpToolCallTypeFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolCallType, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolCallType$inboundSchema, "MCPToolCallType");
}

export type MCPToolCall = {
  type: MCPToolCallType;
  id: string;
  serverLabel: string;
  name: string;
  arguments: string;
  output?: string | null | undefined;
  error?: MCPToolCallError | null | undefined;
  status?: MCPToolCallStatus | undefined;
  approvalRequestId?: string | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** MCPToolCall as it is sent on the wire. */
export type MCPToolCall$Outbound = {
  type: MCPToolCallType;
  id: string;
  server_label: string;
  name: string;
  arguments: string;
  output?: string | null | undefined;
  error?: MCPToolCallError$Outbound | null | undefined;
  status?: MCPToolCallStatus | undefined;
  approval_request_id?: string | null | undefined;
  [k: string]: unknown;
};

export const MCPToolCall$inboundSchema: z.ZodType<MCPToolCall, unknown> = objectInbound<MCPToolCall>(
  {
    type: ["type", MCPToolCallType$inboundSchema],
    id: ["id", z.string()],
    serverLabel: ["server_label", z.string()],
    name: ["name", z.string()],
    arguments: ["arguments", z.string()],
    output: ["output", z.string().nullable().optional()],
    error: ["error", MCPToolCallError$inboundSchema.nullable().optional()],
    status: ["status", MCPToolCallStatus$inboundSchema.optional()],
    approvalRequestId: ["approval_request_id", z.string().nullable().optional()],
  },
);

export const MCPToolCall$outboundSchema: z.ZodType<MCPToolCall$Outbound, MCPToolCall> = objectOutbound<MCPToolCall, MCPToolCall$Outbound>(
  {
    type: ["type", MCPToolCallType$outboundSchema],
    id: ["id", z.string()],
    serverLabel: ["server_label", z.string()],
    name: ["name", z.string()],
    arguments: ["arguments", z.string()],
    output: ["output", z.string().nullable().optional()],
    error: ["error", MCPToolCallError$outboundSchema.nullable().optional()],
    status: ["status", MCPToolCallStatus$outboundSchema.optional()],
    approvalRequestId: ["approval_request_id", z.string().nullable().optional()],
  },
);

export function mcpToolCallToJSON(value: MCPToolCall): string {
  return stringifyJSON(value, MCPToolCall$outboundSchema, "MCPToolCall");
}

export function mcpToolCallFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolCall, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolCall$inboundSchema, "MCPToolCall");
}
