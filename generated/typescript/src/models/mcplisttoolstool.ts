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

export const MCPListToolsTool$inboundSchema: z.ZodType<MCPListToolsTool, unknown> = objectInbound(
  {
    name: z.string(),
    description: z.string().nullable().optional(),
    input_schema: recordSchema(z.unknown()),
    annotations: recordSchema(z.unknown()).nullable().optional(),
  },
  (v) => ({
    name: v.name,
    ...(v.description === undefined ? {} : { description: v.description }),
    inputSchema: v.input_schema,
    ...(v.annotations === undefined ? {} : { annotations: v.annotations }),
    ...collectAdditionalProperties(v, ["name", "description", "input_schema", "annotations"]),
  }),
);

export const MCPListToolsTool$outboundSchema: z.ZodType<MCPListToolsTool$Outbound, MCPListToolsTool> = objectOutbound(
  {
    name: z.string(),
    description: z.string().nullable().optional(),
    inputSchema: recordSchema(z.unknown()),
    annotations: recordSchema(z.unknown()).nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    name: v.name,
    ...(v.description === undefined ? {} : { description: v.description }),
    input_schema: v.inputSchema,
    ...(v.annotations === undefined ? {} : { annotations: v.annotations }),
    ...emitAdditionalProperties(v.additionalProperties, ["name", "description", "input_schema", "annotations"]),
  }),
);

export function mcpListToolsToolToJSON(value: MCPListToolsTool): string {
  return stringifyJSON(value, MCPListToolsTool$outboundSchema, "MCPListToolsTool");
}

export function mcpListToolsToolFromJSON(
  jsonString: string,
): SafeParseResult<MCPListToolsTool, SDKValidationError> {
  return safeParseJSON(jsonString, MCPListToolsTool$inboundSchema, "MCPListToolsTool");
}
