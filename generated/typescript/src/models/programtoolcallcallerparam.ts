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

export const ProgramToolCallCallerParamType = {
  Program: "program",
} as const;
export type ProgramToolCallCallerParamType = ClosedEnum<typeof ProgramToolCallCallerParamType>;

export const ProgramToolCallCallerParamType$inboundSchema: z.ZodType<ProgramToolCallCallerParamType, unknown> = enumSchema(ProgramToolCallCallerParamType);

export const ProgramToolCallCallerParamType$outboundSchema: z.ZodType<ProgramToolCallCallerParamType, ProgramToolCallCallerParamType> = enumSchema(ProgramToolCallCallerParamType);

export function programToolCallCallerParamTypeToJSON(value: ProgramToolCallCallerParamType): string {
  return stringifyJSON(value, ProgramToolCallCallerParamType$outboundSchema, "ProgramToolCallCallerParamType");
}

export function programToolCallCallerParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ProgramToolCallCallerParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ProgramToolCallCallerParamType$inboundSchema, "ProgramToolCallCallerParamType");
}

export type ProgramToolCallCallerParam = {
  type: ProgramToolCallCallerParamType;
  callerId: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ProgramToolCallCallerParam as it is sent on the wire. */
export type ProgramToolCallCallerParam$Outbound = {
  type: ProgramToolCallCallerParamType;
  caller_id: string;
  [k: string]: unknown;
};

export const ProgramToolCallCallerParam$inboundSchema: z.ZodType<ProgramToolCallCallerParam, unknown> = objectInbound<ProgramToolCallCallerParam>(
  {
    type: ["type", ProgramToolCallCallerParamType$inboundSchema],
    callerId: ["caller_id", z.string().min(1).max(64)],
  },
);

export const ProgramToolCallCallerParam$outboundSchema: z.ZodType<ProgramToolCallCallerParam$Outbound, ProgramToolCallCallerParam> = objectOutbound<ProgramToolCallCallerParam, ProgramToolCallCallerParam$Outbound>(
  {
    type: ["type", ProgramToolCallCallerParamType$outboundSchema],
    callerId: ["caller_id", z.string().min(1).max(64)],
  },
);

export function programToolCallCallerParamToJSON(value: ProgramToolCallCallerParam): string {
  return stringifyJSON(value, ProgramToolCallCallerParam$outboundSchema, "ProgramToolCallCallerParam");
}

export function programToolCallCallerParamFromJSON(
  jsonString: string,
): SafeParseResult<ProgramToolCallCallerParam, SDKValidationError> {
  return safeParseJSON(jsonString, ProgramToolCallCallerParam$inboundSchema, "ProgramToolCallCallerParam");
}
