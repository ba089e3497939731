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
  ProgramOutputStatus$inboundSchema,
  ProgramOutputStatus$outboundSchema,
  type ProgramOutputStatus,
} from "./programoutputstatus.js";

export const ProgramOutputType = {
  ProgramOutput: "program_output",
} as const;
export type ProgramOutputType = ClosedEnum<typeof ProgramOutputType>;

export const ProgramOutputType$inboundSchema: z.ZodType<ProgramOutputType, unknown> = enumSchema(ProgramOutputType);

export const ProgramOutputType$outboundSchema: z.ZodType<ProgramOutputType, ProgramOutputType> = enumSchema(ProgramOutputType);

export function programOutputTypeToJSON(value: ProgramOutputType): string {
  return stringifyJSON(value, ProgramOutputType$outboundSchema, "ProgramOutputType");
}

export function programOutputTypeFromJSON(
  jsonString: string,
): SafeParseResult<ProgramOutputType, SDKValidationError> {
  return safeParseJSON(jsonString, ProgramOutputType$inboundSchema, "ProgramOutputType");
}

export type ProgramOutput = {
  type: ProgramOutputType;
  id: string;
  callId: string;
  result: string;
  status: ProgramOutputStatus;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ProgramOutput as it is sent on the wire. */
export type ProgramOutput$Outbound = {
  type: ProgramOutputType;
  id: string;
  call_id: string;
  result: string;
  status: ProgramOutputStatus;
  [k: string]: unknown;
};

export const ProgramOutput$inboundSchema: z.ZodType<ProgramOutput, unknown> = objectInbound<ProgramOutput>(
  {
    type: ["type", ProgramOutputType$inboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    result: ["result", z.string()],
    status: ["status", ProgramOutputStatus$inboundSchema],
  },
);

export const ProgramOutput$outboundSchema: z.ZodType<ProgramOutput$Outbound, ProgramOutput> = objectOutbound<ProgramOutput, ProgramOutput$Outbound>(
  {
    type: ["type", ProgramOutputType$outboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    result: ["result", z.string()],
    status: ["status", ProgramOutputStatus$outboundSchema],
  },
);

export function programOutputToJSON(value: ProgramOutput): string {
  return stringifyJSON(value, ProgramOutput$outboundSchema, "ProgramOutput");
}

export function programOutputFromJSON(
  jsonString: string,
): SafeParseResult<ProgramOutput, SDKValidationError> {
  return safeParseJSON(jsonString, ProgramOutput$inboundSchema, "ProgramOutput");
}
