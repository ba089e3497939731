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
  EmptyModelParam$inboundSchema,
  EmptyModelParam$outboundSchema,
  type EmptyModelParam,
  type EmptyModelParam$Outbound,
} from "./emptymodelparam.js";
import {
  ToolSearchExecutionType$inboundSchema,
  ToolSearchExecutionType$outboundSchema,
  type ToolSearchExecutionType,
} from "./toolsearchexecutiontype.js";

export const ToolSearchToolParamType = {
  ToolSearch: "tool_search",
} as const;
export type ToolSearchToolParamType = ClosedEnum<typeof ToolSearchToolParamType>;

export const ToolSearchToolParamType$inboundSchema: z.ZodType<ToolSearchToolParamType, unknown> = enumSchema(ToolSearchToolParamType);

export const ToolSearchToolParamType$outboundSchema: z.ZodType<ToolSearchToolParamType, ToolSearchToolParamType> = enumSchema(ToolSearchToolParamType);

export function toolSearchToolParamTypeToJSON(value: ToolSearchToolParamType): string {
  return stringifyJSON(value, ToolSearchToolParamType$outboundSchema, "ToolSearchToolParamType");
}

export function toolSearchToolParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchToolParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchToolParamType$inboundSchema, "ToolSearchToolParamType");
}

export type ToolSearchToolParam = {
  type: ToolSearchToolParamType;
  execution?: ToolSearchExecutionType | undefined;
  description?: string | null | undefined;
  parameters?: EmptyModelParam | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ToolSearchToolParam as it is sent on the wire. */
export type ToolSearchToolParam$Outbound = {
  type: ToolSearchToolParamType;
  execution?: ToolSearchExecutionType | undefined;
  description?: string | null | undefined;
  parameters?: EmptyModelParam$Outbound | null | undefined;
  [k: string]: unknown;
};

export const ToolSearchToolParam$inboundSchema: z.ZodType<ToolSearchToolParam, unknown> = objectInbound<ToolSearchToolParam>(
  {
    type: ["type", ToolSearchToolParamType$inboundSchema],
    execution: ["execution", ToolSearchExecutionType$inboundSchema.optional()],
    description: ["description", z.string().nullable().optional()],
    parameters: ["parameters", EmptyModelParam$inboundSchema.nullable().optional()],
  },
);

export const ToolSearchToolParam$outboundSchema: z.ZodType<ToolSearchToolParam$Outbound, ToolSearchToolParam> = objectOutbound<ToolSearchToolParam, ToolSearchToolParam$Outbound>(
  {
    type: ["type", ToolSearchToolParamType$outboundSchema],
    execution: ["execution", ToolSearchExecutionType$outboundSchema.optional()],
    description: ["description", z.string().nullable().optional()],
    parameters: ["parameters", EmptyModelParam$outboundSchema.nullable().optional()],
  },
);

export function toolSearchToolParamToJSON(value: ToolSearchToolParam): string {
  return stringifyJSON(value, ToolSearchToolParam$outboundSchema, "ToolSearchToolParam");
}

export function toolSearchToolParamFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchToolParam, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchToolParam$inboundSchema, "ToolSearchToolParam");
}
