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
  HTTPError$inboundSchema,
  HTTPError$outboundSchema,
  type HTTPError,
  type HTTPError$Outbound,
} from "./httperror.js";
import {
  MCPProtocolError$inboundSchema,
  MCPProtocolError$outboundSchema,
  type MCPProtocolError,
  type MCPProtocolError$Outbound,
} from "./mcpprotocolerror.js";
import {
  MCPToolExecutionError$inboundSchema,
  MCPToolExecutionError$outboundSchema,
  type MCPToolExecutionError,
  type MCPToolExecutionError$Outbound,
} from "./mcptoolexecutionerror.js";

export type MCPToolCallError =
  | MCPProtocolError
  | MCPToolExecutionError
  | HTTPError
  | MCPToolCallErrorUnknown;

/**
 * The member of MCPToolCallError for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type MCPToolCallErrorUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isMCPToolCallErrorUnknown(value: MCPToolCallError): value is MCPToolCallErrorUnknown {
  return value.type === undefined;
}

/** MCPToolCallError as it is sent on the wire. */
export type MCPToolCallError$Outbound =
  | MCPProtocolError$Outbound
  | MCPToolExecutionError$Outbound
  | HTTPError$Outbound
  | { [k: string]: unknown };

export const MCPToolCallError$inboundSchema: z.ZodType<MCPToolCallError, unknown> = discriminatedUnionInbound(
  "type",
  {
    mcp_protocol_error: MCPProtocolError$inboundSchema,
    mcp_tool_execution_error: MCPToolExecutionError$inboundSchema,
    http_error: HTTPError$inboundSchema,
  },
);

export const MCPToolCallError$outboundSchema: z.ZodType<MCPToolCallError$Outbound, MCPToolCallError> = discriminatedUnionOutbound(
  "type",
  {
    mcp_protocol_error: MCPProtocolError$outboundSchema,
    mcp_tool_execution_error: MCPToolExecutionError$outboundSchema,
    http_error: HTTPError$outboundSchema,
  },
);

export function mcpToolCallErrorToJSON(value: MCPToolCallError): string {
  return stringifyJSON(value, MCPToolCallError$outboundSchema, "MCPToolCallError");
}

export function mcpToolCallErrorFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolCallError, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolCallError$inboundSchema, "MCPToolCallError");
}
