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

export const ProgramToolCallCallerType = {
  Program: "program",
} as const;
export type ProgramToolCallCallerType = ClosedEnum<typeof ProgramToolCallCallerType>;

export const ProgramToolCallCallerType$inboundSchema: z.ZodType<ProgramToolCallCallerType, unknown> = enumSchema(ProgramToolCallCallerType);

export const ProgramToolCallCallerType$outboundSchema: z.ZodType<ProgramToolCallCallerType, ProgramToolCallCallerType> = enumSchema(ProgramToolCallCallerType);

export function programToolCallCallerTypeToJSON(value: ProgramToolCallCallerType): string {
  return stringifyJSON(value, ProgramToolCallCallerType$outboundSchema, "ProgramToolCallCallerType");
}

export function programToolCallCallerTypeFromJSON(
  jsonString: string,
): SafeParseResult<ProgramToolCallCallerType, SDKValidationError> {
  return safeParseJSON(jsonString, ProgramToolCallCallerType$inboundSchema, "ProgramToolCallCallerType");
}

export type ProgramToolCallCaller = {
  type: ProgramToolCallCallerType;
  callerId: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ProgramToolCallCaller as it is sent on the wire. */
export type ProgramToolCallCaller$Outbound = {
  type: ProgramToolCallCallerType;
  caller_id: string;
  [k: string]: unknown;
};

export const ProgramToolCallCaller$inboundSchema: z.ZodType<ProgramToolCallCaller, unknown> = objectInbound<ProgramToolCallCaller>(
  {
    type: ["type", ProgramToolCallCallerType$inboundSchema],
    callerId: ["caller_id", z.string()],
  },
);

export const ProgramToolCallCaller$outboundSchema: z.ZodType<ProgramToolCallCaller$Outbound, ProgramToolCallCaller> = objectOutbound<ProgramToolCallCaller, ProgramToolCallCaller$Outbound>(
  {
    type: ["type", ProgramToolCallCallerType$outboundSchema],
    callerId: ["caller_id", z.string()],
  },
);

export function programToolCallCallerToJSON(value: ProgramToolCallCaller): string {
  return stringifyJSON(value, ProgramToolCallCaller$outboundSchema, "ProgramToolCallCaller");
}

export function programToolCallCallerFromJSON(
  jsonString: string,
): SafeParseResult<ProgramToolCallCaller, SDKValidationError> {
  return safeParseJSON(jsonString, ProgramToolCallCaller$inboundSchema, "ProgramToolCallCaller");
}
