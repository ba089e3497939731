// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type MCPToolFilter = {
  toolNames?: Array<string> | undefined;
  readOnly?: boolean | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** MCPToolFilter as it is sent on the wire. */
export type MCPToolFilter$Outbound = {
  tool_names?: Array<string> | undefined;
  read_only?: boolean | undefined;
  [k: string]: unknown;
};

export const MCPToolFilter$inboundSchema: z.ZodType<MCPToolFilter, unknown> = objectInbound<MCPToolFilter>(
  {
    toolNames: ["tool_names", z.array(z.string()).optional()],
    readOnly: ["read_only", z.boolean().optional()],
  },
  true,
);

export const MCPToolFilter$outboundSchema: z.ZodType<MCPToolFilter$Outbound, MCPToolFilter> = objectOutbound<MCPToolFilter, MCPToolFilter$Outbound>(
  {
    toolNames: ["tool_names", z.array(z.string()).optional()],
    readOnly: ["read_only", z.boolean().optional()],
  },
);

export function mcpToolFilterToJSON(value: MCPToolFilter): string {
  return stringifyJSON(value, MCPToolFilter$outboundSchema, "MCPToolFilter");
}

export function mcpToolFilterFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolFilter, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolFilter$inboundSchema, "MCPToolFilter");
}
