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

export const ProgramItemParamType = {
  Program: "program",
} as const;
export type ProgramItemParamType = ClosedEnum<typeof ProgramItemParamType>;

export const ProgramItemParamType$inboundSchema: z.ZodType<ProgramItemParamType, unknown> = enumSchema(ProgramItemParamType);

export const ProgramItemParamType$outboundSchema: z.ZodType<ProgramItemParamType, ProgramItemParamType> = enumSchema(ProgramItemParamType);

export function programItemParamTypeToJSON(value: ProgramItemParamType): string {
  return stringifyJSON(value, ProgramItemParamType$outboundSchema, "ProgramItemParamType");
}

export function programItemParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ProgramItemParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ProgramItemParamType$inboundSchema, "ProgramItemParamType");
}

export type ProgramItemParam = {
  id: string;
  type: ProgramItemParamType;
  callId: string;
  code: string;
  fingerprint: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ProgramItemParam as it is sent on the wire. */
export type ProgramItemParam$Outbound = {
  id: string;
  type: ProgramItemParamType;
  call_id: string;
  code: string;
  fingerprint: string;
  [k: string]: unknown;
};

export const ProgramItemParam$inboundSchema: z.ZodType<ProgramItemParam, unknown> = objectInbound<ProgramItemParam>(
  {
    id: ["id", z.string()],
    type: ["type", ProgramItemParamType$inboundSchema],
    callId: ["call_id", z.string().min(1).max(64)],
    code: ["code", z.string().max(10485760)],
    fingerprint: ["fingerprint", z.string().max(10485760)],
  },
);

export const ProgramItemParam$outboundSchema: z.ZodType<ProgramItemParam$Outbound, ProgramItemParam> = objectOutbound<ProgramItemParam, ProgramItemParam$Outbound>(
  {
    id: ["id", z.string()],
    type: ["type", ProgramItemParamType$outboundSchema],
    callId: ["call_id", z.string().min(1).max(64)],
    code: ["code", z.string().max(10485760)],
    fingerprint: ["fingerprint", z.string().max(10485760)],
  },
);

export function programItemParamToJSON(value: ProgramItemParam): string {
  return stringifyJSON(value, ProgramItemParam$outboundSchema, "ProgramItemParam");
}

export function programItemParamFromJSON(
  jsonString: string,
): SafeParseResult<ProgramItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, ProgramItemParam$inboundSchema, "ProgramItemParam");
}
