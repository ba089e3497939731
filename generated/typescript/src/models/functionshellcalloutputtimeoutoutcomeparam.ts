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

export const FunctionShellCallOutputTimeoutOutcomeParamType = {
  Timeout: "timeout",
} as const;
export type FunctionShellCallOutputTimeoutOutcomeParamType = ClosedEnum<typeof FunctionShellCallOutputTimeoutOutcomeParamType>;

export const FunctionShellCallOutputTimeoutOutcomeParamType$inboundSchema: z.ZodType<FunctionShellCallOutputTimeoutOutcomeParamType, unknown> = enumSchema(FunctionShellCallOutputTimeoutOutcomeParamType);

export const FunctionShellCallOutputTimeoutOutcomeParamType$outboundSchema: z.ZodType<FunctionShellCallOutputTimeoutOutcomeParamType, FunctionShellCallOutputTimeoutOutcomeParamType> = enumSchema(FunctionShellCallOutputTimeoutOutcomeParamType);

export function functionShellCallOutputTimeoutOutcomeParamTypeToJSON(value: FunctionShellCallOutputTimeoutOutcomeParamType): string {
  return stringifyJSON(value, FunctionShellCallOutputTimeoutOutcomeParamType$outboundSchema, "FunctionShellCallOutputTimeoutOutcomeParamType");
}

export function functionShellCallOutputTimeoutOutcomeParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputTimeoutOutcomeParamType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputTimeoutOutcomeParamType$inboundSchema, "FunctionShellCallOutputTimeoutOutcomeParamType");
}

export type FunctionShellCallOutputTimeoutOutcomeParam = {
  type: FunctionShellCallOutputTimeoutOutcomeParamType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionShellCallOutputTimeoutOutcomeParam as it is sent on the wire. */
export type FunctionShellCallOutputTimeoutOutcomeParam$Outbound = {
  type: FunctionShellCallOutputTimeoutOutcomeParamType;
  [k: string]: unknown;
};

export const FunctionShellCallOutputTimeoutOutcomeParam$inboundSchema: z.ZodType<FunctionShellCallOutputTimeoutOutcomeParam, unknown> = objectInbound<FunctionShellCallOutputTimeoutOutcomeParam>(
  {
    type: ["type", FunctionShellCallOutputTimeoutOutcomeParamType$inboundSchema],
  },
);

export const FunctionShellCallOutputTimeoutOutcomeParam$outboundSchema: z.ZodType<FunctionShellCallOutputTimeoutOutcomeParam$Outbound, FunctionShellCallOutputTimeoutOutcomeParam> = objectOutbound<FunctionShellCallOutputTimeoutOutcomeParam, FunctionShellCallOutputTimeoutOutcomeParam$Outbound>(
  {
    type: ["type", FunctionShellCallOutputTimeoutOutcomeParamType$outboundSchema],
  },
);

export function functionShellCallOutputTimeoutOutcomeParamToJSON(value: FunctionShellCallOutputTimeoutOutcomeParam): string {
  return stringifyJSON(value, FunctionShellCallOutputTimeoutOutcomeParam$outboundSchema, "FunctionShellCallOutputTimeoutOutcomeParam");
}

export function functionShellCallOutputTimeoutOutcomeParamFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputTimeoutOutcomeParam, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputTimeoutOutcomeParam$inboundSchema, "FunctionShellCallOutputTimeoutOutcomeParam");
}
