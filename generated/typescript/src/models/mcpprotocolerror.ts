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

export const MCPProtocolErrorType = {
  McpProtocolError: "mcp_protocol_error",
} as const;
export type MCPProtocolErrorType = ClosedEnum<typeof MCPProtocolErrorType>;

export const MCPProtocolErrorType$inboundSchema: z.ZodType<MCPProtocolErrorType, unknown> = enumSchema(MCPProtocolErrorType);

export const MCPProtocolErrorType$outboundSchema: z.ZodType<MCPProtocolErrorType, MCPProtocolErrorType> = enumSchema(MCPProtocolErrorType);

export function mcpProtocolErrorTypeToJSON(value: MCPProtocolErrorType): string {
  return stringifyJSON(value, MCPProtocolErrorType$outboundSchema, "MCPProtocolErrorType");
}

export function mcpProtocolErrorTypeFromJSON(
  jsonString: string,
): SafeParseResult<MCPProtocolErrorType, SDKValidationError> {
  return safeParseJSON(jsonString, MCPProtocolErrorType$inboundSchema, "MCPProtocolErrorType");
}

export type MCPProtocolError = {
  type: MCPProtocolErrorType;
  code: number;
  message: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** MCPProtocolError as it is sent on the wire. */
export type MCPProtocolError$Outbound = {
  type: MCPProtocolErrorType;
  code: number;
  message: string;
  [k: string]: unknown;
};

export const MCPProtocolError$inboundSchema: z.ZodType<MCPProtocolError, unknown> = objectInbound<MCPProtocolError>(
  {
    type: ["type", MCPProtocolErrorType$inboundSchema],
    code: ["code", z.int()],
    message: ["message", z.string()],
  },
);

export const MCPProtocolError$outboundSchema: z.ZodType<MCPProtocolError$Outbound, MCPProtocolError> = objectOutbound<MCPProtocolError, MCPProtocolError$Outbound>(
  {
    type: ["type", MCPProtocolErrorType$outboundSchema],
    code: ["code", z.int()],
    message: ["message", z.string()],
  },
);

export function mcpProtocolErrorToJSON(value: MCPProtocolError): string {
  return stringifyJSON(value, MCPProtocolError$outboundSchema, "MCPProtocolError");
}

export function mcpProtocolErrorFromJSON(
  jsonString: string,
): SafeParseResult<MCPProtocolError, SDKValidationError> {
  return safeParseJSON(jsonString, MCPProtocolError$inboundSchema, "MCPProtocolError");
}
