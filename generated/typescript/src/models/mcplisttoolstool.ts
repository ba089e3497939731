// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  objectInbound,
  objectOutbound,
  recordSchema,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";

export type MCPListToolsTool = {
  name: string;
  description?: string | null | undefined;
  inputSchema: { [k: string]: unknown };
  annotations?: { [k: string]: unknown } | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** MCPListToolsTool as it is sent on the wire. */
export type MCPListToolsTool$Outbound = {
  name: string;
  description?: string | null | undefined;
  input_schema: { [k: string]: unknown };
  annotations?: { [k: string]: unknown } | null | undefined;
  [k: string]: unknown;
};

export const MCPListToolsTool$inboundSchema: z.ZodType<MCPListToolsTool, unknown> = objectInbound<MCPListToolsTool>(
  {
    name: ["name", z.string()],
    description: ["description", z.string().nullable().optional()],
    inputSchema: ["input_schema", recordSchema(z.unknown())],
    annotations: ["annotations", recordSchema(z.unknown()).nullable().optional()],
  },
);

export const MCPListToolsTool$outboundSchema: z.ZodType<MCPListToolsTool$Outbound, MCPListToolsTool> = objectOutbound<MCPListToolsTool, MCPListToolsTool$Outbound>(
  {
    name: ["name", z.string()],
    description: ["description", z.string().nullable().optional()],
    inputSchema: ["input_schema", recordSchema(z.unknown())],
    annotations: ["annotations", recordSchema(z.unknown()).nullable().optional()],
  },
);

export function mcpListToolsToolToJSON(value: MCPListToolsTool): string {
  return stringifyJSON(value, MCPListToolsTool$outboundSchema, "MCPListToolsTool");
}

export function mcpListToolsToolFromJSON(
  jsonString: string,
): SafeParseResult<MCPListToolsTool, SDKValidationError> {
  return safeParseJSON(jsonString, MCPListToolsTool$inboundSchema, "MCPListToolsTool");
}
