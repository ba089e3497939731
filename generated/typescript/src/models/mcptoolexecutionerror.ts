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

export const MCPToolExecutionErrorType = {
  McpToolExecutionError: "mcp_tool_execution_error",
} as const;
export type MCPToolExecutionErrorType = ClosedEnum<typeof MCPToolExecutionErrorType>;

export const MCPToolExecutionErrorType$inboundSchema: z.ZodType<MCPToolExecutionErrorType, unknown> = enumSchema(MCPToolExecutionErrorType);

export const MCPToolExecutionErrorType$outboundSchema: z.ZodType<MCPToolExecutionErrorType, MCPToolExecutionErrorType> = enumSchema(MCPToolExecutionErrorType);

export function mcpToolExecutionErrorTypeToJSON(value: MCPToolExecutionErrorType): string {
  return stringifyJSON(value, MCPToolExecutionErrorType$outboundSchema, "MCPToolExecutionErrorType");
}

export function mcpToolExecutionErrorTypeFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolExecutionErrorType, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolExecutionErrorType$inboundSchema, "MCPToolExecutionErrorType");
}

export type MCPToolExecutionError = {
  type: MCPToolExecutionErrorType;
  content: unknown;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** MCPToolExecutionError as it is sent on the wire. */
export type MCPToolExecutionError$Outbound = {
  type: MCPToolExecutionErrorType;
  content: unknown;
  [k: string]: unknown;
};

export const MCPToolExecutionError$inboundSchema: z.ZodType<MCPToolExecutionError, unknown> = objectInbound<MCPToolExecutionError>(
  {
    type: ["type", MCPToolExecutionErrorType$inboundSchema],
    content: ["content", z.unknown()],
  },
);

export const MCPToolExecutionError$outboundSchema: z.ZodType<MCPToolExecutionError$Outbound, MCPToolExecutionError> = objectOutbound<MCPToolExecutionError, MCPToolExecutionError$Outbound>(
  {
    type: ["type", MCPToolExecutionErrorType$outboundSchema],
    content: ["content", z.unknown()],
  },
);

export function mcpToolExecutionErrorToJSON(value: MCPToolExecutionError): string {
  return stringifyJSON(value, MCPToolExecutionError$outboundSchema, "MCPToolExecutionError");
}

export function mcpToolExecutionErrorFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolExecutionError, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolExecutionError$inboundSchema, "MCPToolExecutionError");
}
