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

export const ToolChoiceMCPType = {
  Mcp: "mcp",
} as const;
export type ToolChoiceMCPType = ClosedEnum<typeof ToolChoiceMCPType>;

export const ToolChoiceMCPType$inboundSchema: z.ZodType<ToolChoiceMCPType, unknown> = enumSchema(ToolChoiceMCPType);

export const ToolChoiceMCPType$outboundSchema: z.ZodType<ToolChoiceMCPType, ToolChoiceMCPType> = enumSchema(ToolChoiceMCPType);

export function toolChoiceMCPTypeToJSON(value: ToolChoiceMCPType): string {
  return stringifyJSON(value, ToolChoiceMCPType$outboundSchema, "ToolChoiceMCPType");
}

export function toolChoiceMCPTypeFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceMCPType, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceMCPType$inboundSchema, "ToolChoiceMCPType");
}

export type ToolChoiceMCP = {
  type: ToolChoiceMCPType;
  serverLabel: string;
  name?: string | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ToolChoiceMCP as it is sent on the wire. */
export type ToolChoiceMCP$Outbound = {
  type: ToolChoiceMCPType;
  server_label: string;
  name?: string | null | undefined;
  [k: string]: unknown;
};

export const ToolChoiceMCP$inboundSchema: z.ZodType<ToolChoiceMCP, unknown> = objectInbound<ToolChoiceMCP>(
  {
    type: ["type", ToolChoiceMCPType$inboundSchema],
    serverLabel: ["server_label", z.string()],
    name: ["name", z.string().nullable().optional()],
  },
);

export const ToolChoiceMCP$outboundSchema: z.ZodType<ToolChoiceMCP$Outbound, ToolChoiceMCP> = objectOutbound<ToolChoiceMCP, ToolChoiceMCP$Outbound>(
  {
    type: ["type", ToolChoiceMCPType$outboundSchema],
    serverLabel: ["server_label", z.string()],
    name: ["name", z.string().nullable().optional()],
  },
);

export function toolChoiceMCPToJSON(value: ToolChoiceMCP): string {
  return stringifyJSON(value, ToolChoiceMCP$outboundSchema, "ToolChoiceMCP");
}

export function toolChoiceMCPFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceMCP, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceMCP$inboundSchema, "ToolChoiceMCP");
}
