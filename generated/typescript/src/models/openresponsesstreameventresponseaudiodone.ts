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

export const TypeResponseAudioDone = {
  ResponseAudioDone: "response.audio.done",
} as const;
export type TypeResponseAudioDone = ClosedEnum<typeof TypeResponseAudioDone>;

export const TypeResponseAudioDone$inboundSchema: z.ZodType<TypeResponseAudioDone, unknown> = enumSchema(TypeResponseAudioDone);

export const TypeResponseAudioDone$outboundSchema: z.ZodType<TypeResponseAudioDone, TypeResponseAudioDone> = enumSchema(TypeResponseAudioDone);

export function typeResponseAudioDoneToJSON(value: TypeResponseAudioDone): string {
  return stringifyJSON(value, TypeResponseAudioDone$outboundSchema, "TypeResponseAudioDone");
}

export function typeResponseAudioDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseAudioDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseAudioDone$inboundSchema, "TypeResponseAudioDone");
}

export type OpenResponsesStreamEventResponseAudioDone = {
  type: TypeResponseAudioDone;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseAudioDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseAudioDone$Outbound = {
  type: TypeResponseAudioDone;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseAudioDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseAudioDone, unknown> = objectInbound<OpenResponsesStreamEventResponseAudioDone>(
  {
    type: ["type", TypeResponseAudioDone$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseAudioDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseAudioDone$Outbound, OpenResponsesStreamEventResponseAudioDone> = objectOutbound<OpenResponsesStreamEventResponseAudioDone, OpenResponsesStreamEventResponseAudioDone$Outbound>(
  {
    type: ["type", TypeResponseAudioDone$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseAudioDoneToJSON(value: OpenResponsesStreamEventResponseAudioDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseAudioDone$outboundSchema, "OpenResponsesStreamEventResponseAudioDone");
}

export function openResponsesStreamEventResponseAudioDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseAudioDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseAudioDone$inboundSchema, "OpenResponsesStreamEventResponseAudioDone");
}
