// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
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

export const Program$inboundSchema: z.ZodType<Program, unknown> = objectInbound(
  {
    type: ProgramType$inboundSchema,
    id: z.string(),
    call_id: z.string(),
    code: z.string(),
    fingerprint: z.string(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    callId: v.call_id,
    code: v.code,
    fingerprint: v.fingerprint,
    ...collectAdditionalProperties(v, ["type", "id", "call_id", "code", "fingerprint"]),
  }),
);

export const Program$outboundSchema: z.ZodType<Program$Outbound, Program> = objectOutbound(
  {
    type: ProgramType$outboundSchema,
    id: z.string(),
    callId: z.string(),
    code: z.string(),
    fingerprint: z.string(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    call_id: v.callId,
    code: v.code,
    fingerprint: v.fingerprint,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "id", "call_id", "code", "fingerprint"]),
  }),
);

export function programToJSON(value: Program): string {
  return stringifyJSON(value, Program$outboundSchema, "Program");
}

export function programFromJSON(
  jsonString: string,
): SafeParseResult<Program, SDKValidationError> {
  return safeParseJSON(jsonString, Program$inboundSchema, "Program");
}
