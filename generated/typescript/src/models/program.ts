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

export const ProgramType = {
  Program: "program",
} as const;
export type ProgramType = ClosedEnum<typeof ProgramType>;

export const ProgramType$inboundSchema: z.ZodType<ProgramType, unknown> = enumSchema(ProgramType);

export const ProgramType$outboundSchema: z.ZodType<ProgramType, ProgramType> = enumSchema(ProgramType);

export function programTypeToJSON(value: ProgramType): string {
  return stringifyJSON(value, ProgramType$outboundSchema, "ProgramType");
}

export function programTypeFromJSON(
  jsonString: string,
): SafeParseResult<ProgramType, SDKValidationError> {
  return safeParseJSON(jsonString, ProgramType$inboundSchema, "ProgramType");
}

export type Program = {
  type: ProgramType;
  id: string;
  callId: string;
  code: string;
  fingerprint: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** Program as it is sent on the wire. */
export type Program$Outbound = {
  type: ProgramType;
  id: string;
  call_id: string;
  code: string;
  fingerprint: string;
  [k: string]: unknown;
};

export const Program$inboundSchema: z.ZodType<Program, unknown> = objectInbound<Program>(
  {
    type: ["type", ProgramType$inboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    code: ["code", z.string()],
    fingerprint: ["fingerprint", z.string()],
  },
);

export const Program$outboundSchema: z.ZodType<Program$Outbound, Program> = objectOutbound<Program, Program$Outbound>(
  {
    type: ["type", ProgramType$outboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    code: ["code", z.string()],
    fingerprint: ["fingerprint", z.string()],
  },
);

export function programToJSON(value: Program): string {
  return stringifyJSON(value, Program$outboundSchema, "Program");
}

export function programFromJSON(
  jsonString: string,
): SafeParseResult<Program, SDKValidationError> {
  return safeParseJSON(jsonString, Program$inboundSchema, "Program");
}
