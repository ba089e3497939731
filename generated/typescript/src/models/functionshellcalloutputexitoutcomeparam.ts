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

export const FunctionShellCallOutputExitOutcomeParamType = {
  Exit: "exit",
} as const;
export type FunctionShellCallOutputExitOutcomeParamType = ClosedEnum<typeof FunctionShellCallOutputExitOutcomeParamType>;

export const FunctionShellCallOutputExitOutcomeParamType$inboundSchema: z.ZodType<FunctionShellCallOutputExitOutcomeParamType, unknown> = enumSchema(FunctionShellCallOutputExitOutcomeParamType);

export const FunctionShellCallOutputExitOutcomeParamType$outboundSchema: z.ZodType<FunctionShellCallOutputExitOutcomeParamType, FunctionShellCallOutputExitOutcomeParamType> = enumSchema(FunctionShellCallOutputExitOutcomeParamType);

export function functionShellCallOutputExitOutcomeParamTypeToJSON(value: FunctionShellCallOutputExitOutcomeParamType): string {
  return stringifyJSON(value, FunctionShellCallOutputExitOutcomeParamType$outboundSchema, "FunctionShellCallOutputExitOutcomeParamType");
}

export function functionShellCallOutputExitOutcomeParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputExitOutcomeParamType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputExitOutcomeParamType$inboundSchema, "FunctionShellCallOutputExitOutcomeParamType");
}

export type FunctionShellCallOutputExitOutcomeParam = {
  type: FunctionShellCallOutputExitOutcomeParamType;
  exitCode: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionShellCallOutputExitOutcomeParam as it is sent on the wire. */
export type FunctionShellCallOutputExitOutcomeParam$Outbound = {
  type: FunctionShellCallOutputExitOutcomeParamType;
  exit_code: number;
  [k: string]: unknown;
};

export const FunctionShellCallOutputExitOutcomeParam$inboundSchema: z.ZodType<FunctionShellCallOutputExitOutcomeParam, unknown> = objectInbound<FunctionShellCallOutputExitOutcomeParam>(
  {
    type: ["type", FunctionShellCallOutputExitOutcomeParamType$inboundSchema],
    exitCode: ["exit_code", z.int()],
  },
);

export const FunctionShellCallOutputExitOutcomeParam$outboundSchema: z.ZodType<FunctionShellCallOutputExitOutcomeParam$Outbound, FunctionShellCallOutputExitOutcomeParam> = objectOutbound<FunctionShellCallOutputExitOutcomeParam, FunctionShellCallOutputExitOutcomeParam$Outbound>(
  {
    type: ["type", FunctionShellCallOutputExitOutcomeParamType$outboundSchema],
    exitCode: ["exit_code", z.int()],
  },
);

export function functionShellCallOutputExitOutcomeParamToJSON(value: FunctionShellCallOutputExitOutcomeParam): string {
  return stringifyJSON(value, FunctionShellCallOutputExitOutcomeParam$outboundSchema, "FunctionShellCallOutputExitOutcomeParam");
}

export function functionShellCallOutputExitOutcomeParamFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputExitOutcomeParam, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputExitOutcomeParam$inboundSchema, "FunctionShellCallOutputExitOutcomeParam");
}
