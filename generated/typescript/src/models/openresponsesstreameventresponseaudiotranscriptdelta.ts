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

export const TypeResponseAudioTranscriptDelta = {
  ResponseAudioTranscriptDelta: "response.audio.transcript.delta",
} as const;
export type TypeResponseAudioTranscriptDelta = ClosedEnum<typeof TypeResponseAudioTranscriptDelta>;

export const TypeResponseAudioTranscriptDelta$inboundSchema: z.ZodType<TypeResponseAudioTranscriptDelta, unknown> = enumSchema(TypeResponseAudioTranscriptDelta);

export const TypeResponseAudioTranscriptDelta$outboundSchema: z.ZodType<TypeResponseAudioTranscriptDelta, TypeResponseAudioTranscriptDelta> = enumSchema(TypeResponseAudioTranscriptDelta);

export function typeResponseAudioTranscriptDeltaToJSON(value: TypeResponseAudioTranscriptDelta): string {
  return stringifyJSON(value, TypeResponseAudioTranscriptDelta$outboundSchema, "TypeResponseAudioTranscriptDelta");
}

export function typeResponseAudioTranscriptDeltaFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseAudioTranscriptDelta, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseAudioTranscriptDelta$inboundSchema, "TypeResponseAudioTranscriptDelta");
}

export type OpenResponsesStreamEventResponseAudioTranscriptDelta = {
  type: TypeResponseAudioTranscriptDelta;
  delta: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseAudioTranscriptDelta as it is sent on the wire. */
export type OpenResponsesStreamEventResponseAudioTranscriptDelta$Outbound = {
  type: TypeResponseAudioTranscriptDelta;
  delta: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseAudioTranscriptDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseAudioTranscriptDelta, unknown> = objectInbound<OpenResponsesStreamEventResponseAudioTranscriptDelta>(
  {
    type: ["type", TypeResponseAudioTranscriptDelta$inboundSchema],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseAudioTranscriptDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseAudioTranscriptDelta$Outbound, OpenResponsesStreamEventResponseAudioTranscriptDelta> = objectOutbound<OpenResponsesStreamEventResponseAudioTranscriptDelta, OpenResponsesStreamEventResponseAudioTranscriptDelta$Outbound>(
  {
    type: ["type", TypeResponseAudioTranscriptDelta$outboundSchema],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseAudioTranscriptDeltaToJSON(value: OpenResponsesStreamEventResponseAudioTranscriptDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseAudioTranscriptDelta$outboundSchema, "OpenResponsesStreamEventResponseAudioTranscriptDelta");
}

export function openResponsesStreamEventResponseAudioTranscriptDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseAudioTranscriptDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseAudioTranscriptDelta$inboundSchema, "OpenResponsesStreamEventResponseAudioTranscriptDelta");
}
