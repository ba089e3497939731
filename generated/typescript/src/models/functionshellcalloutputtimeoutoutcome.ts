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

export const FunctionShellCallOutputTimeoutOutcomeType = {
  Timeout: "timeout",
} as const;
export type FunctionShellCallOutputTimeoutOutcomeType = ClosedEnum<typeof FunctionShellCallOutputTimeoutOutcomeType>;

export const FunctionShellCallOutputTimeoutOutcomeType$inboundSchema: z.ZodType<FunctionShellCallOutputTimeoutOutcomeType, unknown> = enumSchema(FunctionShellCallOutputTimeoutOutcomeType);

export const FunctionShellCallOutputTimeoutOutcomeType$outboundSchema: z.ZodType<FunctionShellCallOutputTimeoutOutcomeType, FunctionShellCallOutputTimeoutOutcomeType> = enumSchema(FunctionShellCallOutputTimeoutOutcomeType);

export function functionShellCallOutputTimeoutOutcomeTypeToJSON(value: FunctionShellCallOutputTimeoutOutcomeType): string {
  return stringifyJSON(value, FunctionShellCallOutputTimeoutOutcomeType$outboundSchema, "FunctionShellCallOutputTimeoutOutcomeType");
}

export function functionShellCallOutputTimeoutOutcomeTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputTimeoutOutcomeType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputTimeoutOutcomeType$inboundSchema, "FunctionShellCallOutputTimeoutOutcomeType");
}

export type FunctionShellCallOutputTimeoutOutcome = {
  type: FunctionShellCallOutputTimeoutOutcomeType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionShellCallOutputTimeoutOutcome as it is sent on the wire. */
export type FunctionShellCallOutputTimeoutOutcome$Outbound = {
  type: FunctionShellCallOutputTimeoutOutcomeType;
  [k: string]: unknown;
};

export const FunctionShellCallOutputTimeoutOutcome$inboundSchema: z.ZodType<FunctionShellCallOutputTimeoutOutcome, unknown> = objectInbound<FunctionShellCallOutputTimeoutOutcome>(
  {
    type: ["type", FunctionShellCallOutputTimeoutOutcomeType$inboundSchema],
  },
);

export const FunctionShellCallOutputTimeoutOutcome$outboundSchema: z.ZodType<FunctionShellCallOutputTimeoutOutcome$Outbound, FunctionShellCallOutputTimeoutOutcome> = objectOutbound<FunctionShellCallOutputTimeoutOutcome, FunctionShellCallOutputTimeoutOutcome$Outbound>(
  {
    type: ["type", FunctionShellCallOutputTimeoutOutcomeType$outboundSchema],
  },
);

export function functionShellCallOutputTimeoutOutcomeToJSON(value: FunctionShellCallOutputTimeoutOutcome): string {
  return stringifyJSON(value, FunctionShellCallOutputTimeoutOutcome$outboundSchema, "FunctionShellCallOutputTimeoutOutcome");
}

export function functionShellCallOutputTimeoutOutcomeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputTimeoutOutcome, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputTimeoutOutcome$inboundSchema, "FunctionShellCallOutputTimeoutOutcome");
}
