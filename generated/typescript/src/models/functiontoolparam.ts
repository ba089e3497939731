// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  enumSchema,
  objectInbound,
  objectOutbound,
  recordSchema,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  CallableToolAllowedCaller$inboundSchema,
  CallableToolAllowedCaller$outboundSchema,
  type CallableToolAllowedCaller,
} from "./callabletoolallowedcaller.js";
import {
  EmptyModelParam$inboundSchema,
  EmptyModelParam$outboundSchema,
  type EmptyModelParam,
  type EmptyModelParam$Outbound,
} from "./emptymodelparam.js";

export const FunctionToolParamType = {
  Function: "function",
} as const;
export type FunctionToolParamType = ClosedEnum<typeof FunctionToolParamType>;

export const FunctionToolParamType$inboundSchema: z.ZodType<FunctionToolParamType, unknown> = enumSchema(FunctionToolParamType);

export const FunctionToolParamType$outboundSchema: z.ZodType<FunctionToolParamType, FunctionToolParamType> = enumSchema(FunctionToolParamType);

export function functionToolParamTypeToJSON(value: FunctionToolParamType): string {
  return stringifyJSON(value, FunctionToolParamType$outboundSchema, "FunctionToolParamType");
}

export function functionToolParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolParamType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolParamType$inboundSchema, "FunctionToolParamType");
}

export type FunctionToolParam = {
  name: string;
  description?: string | null | undefined;
  parameters?: EmptyModelParam | null | undefined;
  strict?: boolean | null | undefined;
  type: FunctionToolParamType;
  outputSchema?: { [k: string]: unknown } | null | undefined;
  deferLoading?: boolean | undefined;
  allowedCallers?: Array<CallableToolAllowedCaller> | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionToolParam as it is sent on the wire. */
export type FunctionToolParam$Outbound = {
  name: string;
  description?: string | null | undefined;
  parameters?: EmptyModelParam$Outbound | null | undefined;
  strict?: boolean | null | undefined;
  type: FunctionToolParamType;
  output_schema?: { [k: string]: unknown } | null | undefined;
  defer_loading?: boolean | undefined;
  allowed_callers?: Array<CallableToolAllowedCaller> | null | undefined;
  [k: string]: unknown;
};

export const FunctionToolParam$inboundSchema: z.ZodType<FunctionToolParam, unknown> = objectInbound<FunctionToolParam>(
  {
    name: ["name", z.string().min(1).max(128).regex(new RegExp("^[a-zA-Z0-9_-]+$", "u"))],
    description: ["description", z.string().nullable().optional()],
    parameters: ["parameters", EmptyModelParam$inboundSchema.nullable().optional()],
    strict: ["strict", z.boolean().nullable().optional()],
    type: ["type", FunctionToolParamType$inboundSchema],
    outputSchema: ["output_schema", recordSchema(z.unknown()).nullable().optional()],
    deferLoading: ["defer_loading", z.boolean().optional()],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$inboundSchema).min(1).nullable().optional()],
  },
);

export const FunctionToolParam$outboundSchema: z.ZodType<FunctionToolParam$Outbound, FunctionToolParam> = objectOutbound<FunctionToolParam, FunctionToolParam$Outbound>(
  {
    name: ["name", z.string().min(1).max(128).regex(new RegExp("^[a-zA-Z0-9_-]+$", "u"))],
    description: ["description", z.string().nullable().optional()],
    parameters: ["parameters", EmptyModelParam$outboundSchema.nullable().optional()],
    strict: ["strict", z.boolean().nullable().optional()],
    type: ["type", FunctionToolParamType$outboundSchema],
    outputSchema: ["output_schema", recordSchema(z.unknown()).nullable().optional()],
    deferLoading: ["defer_loading", z.boolean().optional()],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$outboundSchema).min(1).nullable().optional()],
  },
);

export function functionToolParamToJSON(value: FunctionToolParam): string {
  return stringifyJSON(value, FunctionToolParam$outboundSchema, "FunctionToolParam");
}

export function functionToolParamFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolParam, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolParam$inboundSchema, "FunctionToolParam");
}
