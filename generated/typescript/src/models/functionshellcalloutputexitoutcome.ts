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

export const FunctionShellCallOutputExitOutcomeType = {
  Exit: "exit",
} as const;
export type FunctionShellCallOutputExitOutcomeType = ClosedEnum<typeof FunctionShellCallOutputExitOutcomeType>;

export const FunctionShellCallOutputExitOutcomeType$inboundSchema: z.ZodType<FunctionShellCallOutputExitOutcomeType, unknown> = enumSchema(FunctionShellCallOutputExitOutcomeType);

export const FunctionShellCallOutputExitOutcomeType$outboundSchema: z.ZodType<FunctionShellCallOutputExitOutcomeType, FunctionShellCallOutputExitOutcomeType> = enumSchema(FunctionShellCallOutputExitOutcomeType);

export function functionShellCallOutputExitOutcomeTypeToJSON(value: FunctionShellCallOutputExitOutcomeType): string {
  return stringifyJSON(value, FunctionShellCallOutputExitOutcomeType$outboundSchema, "FunctionShellCallOutputExitOutcomeType");
}

export function functionShellCallOutputExitOutcomeTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputExitOutcomeType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputExitOutcomeType$inboundSchema, "FunctionShellCallOutputExitOutcomeType");
}

export type FunctionShellCallOutputExitOutcome = {
  type: FunctionShellCallOutputExitOutcomeType;
  exitCode: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionShellCallOutputExitOutcome as it is sent on the wire. */
export type FunctionShellCallOutputExitOutcome$Outbound = {
  type: FunctionShellCallOutputExitOutcomeType;
  exit_code: number;
  [k: string]: unknown;
};

export const FunctionShellCallOutputExitOutcome$inboundSchema: z.ZodType<FunctionShellCallOutputExitOutcome, unknown> = objectInbound<FunctionShellCallOutputExitOutcome>(
  {
    type: ["type", FunctionShellCallOutputExitOutcomeType$inboundSchema],
    exitCode: ["exit_code", z.int()],
  },
);

export const FunctionShellCallOutputExitOutcome$outboundSchema: z.ZodType<FunctionShellCallOutputExitOutcome$Outbound, FunctionShellCallOutputExitOutcome> = objectOutbound<FunctionShellCallOutputExitOutcome, FunctionShellCallOutputExitOutcome$Outbound>(
  {
    type: ["type", FunctionShellCallOutputExitOutcomeType$outboundSchema],
    exitCode: ["exit_code", z.int()],
  },
);

export function functionShellCallOutputExitOutcomeToJSON(value: FunctionShellCallOutputExitOutcome): string {
  return stringifyJSON(value, FunctionShellCallOutputExitOutcome$outboundSchema, "FunctionShellCallOutputExitOutcome");
}

export function functionShellCallOutputExitOutcomeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputExitOutcome, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputExitOutcome$inboundSchema, "FunctionShellCallOutputExitOutcome");
}
