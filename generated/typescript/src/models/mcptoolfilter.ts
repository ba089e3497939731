// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";

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

export const MCPToolFilter$inboundSchema: z.ZodType<MCPToolFilter, unknown> = objectInbound(
  {
    tool_names: z.array(z.string()).optional(),
    read_only: z.boolean().optional(),
  },
  (v) => ({
    ...(v.tool_names === undefined ? {} : { toolNames: v.tool_names }),
    ...(v.read_only === undefined ? {} : { readOnly: v.read_only }),
    ...collectAdditionalProperties(v, ["tool_names", "read_only"]),
  }),
  true,
);

export const MCPToolFilter$outboundSchema: z.ZodType<MCPToolFilter$Outbound, MCPToolFilter> = objectOutbound(
  {
    toolNames: z.array(z.string()).optional(),
    readOnly: z.boolean().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    ...(v.toolNames === undefined ? {} : { tool_names: v.toolNames }),
    ...(v.readOnly === undefined ? {} : { read_only: v.readOnly }),
    ...emitAdditionalProperties(v.additionalProperties, ["tool_names", "read_only"]),
  }),
);

export function mcpToolFilterToJSON(value: MCPToolFilter): string {
  return stringifyJSON(value, MCPToolFilter$outboundSchema, "MCPToolFilter");
}

export function mcpToolFilterFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolFilter, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolFilter$inboundSchema, "MCPToolFilter");
}
