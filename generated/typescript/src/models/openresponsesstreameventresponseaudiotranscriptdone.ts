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

export const TypeResponseAudioTranscriptDone = {
  ResponseAudioTranscriptDone: "response.audio.transcript.done",
} as const;
export type TypeResponseAudioTranscriptDone = ClosedEnum<typeof TypeResponseAudioTranscriptDone>;

export const TypeResponseAudioTranscriptDone$inboundSchema: z.ZodType<TypeResponseAudioTranscriptDone, unknown> = enumSchema(TypeResponseAudioTranscriptDone);

export const TypeResponseAudioTranscriptDone$outboundSchema: z.ZodType<TypeResponseAudioTranscriptDone, TypeResponseAudioTranscriptDone> = enumSchema(TypeResponseAudioTranscriptDone);

export function typeResponseAudioTranscriptDoneToJSON(value: TypeResponseAudioTranscriptDone): string {
  return stringifyJSON(value, TypeResponseAudioTranscriptDone$outboundSchema, "TypeResponseAudioTranscriptDone");
}

export function typeResponseAudioTranscriptDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseAudioTranscriptDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseAudioTranscriptDone$inboundSchema, "TypeResponseAudioTranscriptDone");
}

export type OpenResponsesStreamEventResponseAudioTranscriptDone = {
  type: TypeResponseAudioTranscriptDone;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseAudioTranscriptDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseAudioTranscriptDone$Outbound = {
  type: TypeResponseAudioTranscriptDone;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseAudioTranscriptDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseAudioTranscriptDone, unknown> = objectInbound<OpenResponsesStreamEventResponseAudioTranscriptDone>(
  {
    type: ["type", TypeResponseAudioTranscriptDone$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseAudioTranscriptDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseAudioTranscriptDone$Outbound, OpenResponsesStreamEventResponseAudioTranscriptDone> = objectOutbound<OpenResponsesStreamEventResponseAudioTranscriptDone, OpenResponsesStreamEventResponseAudioTranscriptDone$Outbound>(
  {
    type: ["type", TypeResponseAudioTranscriptDone$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseAudioTranscriptDoneToJSON(value: OpenResponsesStreamEventResponseAudioTranscriptDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseAudioTranscriptDone$outboundSchema, "OpenResponsesStreamEventResponseAudioTranscriptDone");
}

export function openResponsesStreamEventResponseAudioTranscriptDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseAudioTranscriptDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseAudioTranscriptDone$inboundSchema, "OpenResponsesStreamEventResponseAudioTranscriptDone");
}
