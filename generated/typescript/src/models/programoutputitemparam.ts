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
  ProgramOutputItemStatus$inboundSchema,
  ProgramOutputItemStatus$outboundSchema,
  type ProgramOutputItemStatus,
} from "./programoutputitemstatus.js";

export const ProgramOutputItemParamType = {
  ProgramOutput: "program_output",
} as const;
export type ProgramOutputItemParamType = ClosedEnum<typeof ProgramOutputItemParamType>;

export const ProgramOutputItemParamType$inboundSchema: z.ZodType<ProgramOutputItemParamType, unknown> = enumSchema(ProgramOutputItemParamType);

export const ProgramOutputItemParamType$outboundSchema: z.ZodType<ProgramOutputItemParamType, ProgramOutputItemParamType> = enumSchema(ProgramOutputItemParamType);

export function programOutputItemParamTypeToJSON(value: ProgramOutputItemParamType): string {
  return stringifyJSON(value, ProgramOutputItemParamType$outboundSchema, "ProgramOutputItemParamType");
}

export function programOutputItemParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ProgramOutputItemParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ProgramOutputItemParamType$inboundSchema, "ProgramOutputItemParamType");
}

export type ProgramOutputItemParam = {
  id: string;
  type: ProgramOutputItemParamType;
  callId: string;
  result: string;
  status: ProgramOutputItemStatus;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ProgramOutputItemParam as it is sent on the wire. */
export type ProgramOutputItemParam$Outbound = {
  id: string;
  type: ProgramOutputItemParamType;
  call_id: string;
  result: string;
  status: ProgramOutputItemStatus;
  [k: string]: unknown;
};

export const ProgramOutputItemParam$inboundSchema: z.ZodType<ProgramOutputItemParam, unknown> = objectInbound<ProgramOutputItemParam>(
  {
    id: ["id", z.string()],
    type: ["type", ProgramOutputItemParamType$inboundSchema],
    callId: ["call_id", z.string().min(1).max(64)],
    result: ["result", z.string().max(10485760)],
    status: ["status", ProgramOutputItemStatus$inboundSchema],
  },
);

export const ProgramOutputItemParam$outboundSchema: z.ZodType<ProgramOutputItemParam$Outbound, ProgramOutputItemParam> = objectOutbound<ProgramOutputItemParam, ProgramOutputItemParam$Outbound>(
  {
    id: ["id", z.string()],
    type: ["type", ProgramOutputItemParamType$outboundSchema],
    callId: ["call_id", z.string().min(1).max(64)],
    result: ["result", z.string().max(10485760)],
    status: ["status", ProgramOutputItemStatus$outboundSchema],
  },
);

export function programOutputItemParamToJSON(value: ProgramOutputItemParam): string {
  return stringifyJSON(value, ProgramOutputItemParam$outboundSchema, "ProgramOutputItemParam");
}

export function programOutputItemParamFromJSON(
  jsonString: string,
): SafeParseResult<ProgramOutputItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, ProgramOutputItemParam$inboundSchema, "ProgramOutputItemParam");
}
