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

export const TypeResponseAudioDelta = {
  ResponseAudioDelta: "response.audio.delta",
} as const;
export type TypeResponseAudioDelta = ClosedEnum<typeof TypeResponseAudioDelta>;

export const TypeResponseAudioDelta$inboundSchema: z.ZodType<TypeResponseAudioDelta, unknown> = enumSchema(TypeResponseAudioDelta);

export const TypeResponseAudioDelta$outboundSchema: z.ZodType<TypeResponseAudioDelta, TypeResponseAudioDelta> = enumSchema(TypeResponseAudioDelta);

export function typeResponseAudioDeltaToJSON(value: TypeResponseAudioDelta): string {
  return stringifyJSON(value, TypeResponseAudioDelta$outboundSchema, "TypeResponseAudioDelta");
}

export function typeResponseAudioDeltaFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseAudioDelta, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseAudioDelta$inboundSchema, "TypeResponseAudioDelta");
}

export type OpenResponsesStreamEventResponseAudioDelta = {
  type: TypeResponseAudioDelta;
  sequenceNumber: number;
  delta: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseAudioDelta as it is sent on the wire. */
export type OpenResponsesStreamEventResponseAudioDelta$Outbound = {
  type: TypeResponseAudioDelta;
  sequence_number: number;
  delta: string;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseAudioDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseAudioDelta, unknown> = objectInbound<OpenResponsesStreamEventResponseAudioDelta>(
  {
    type: ["type", TypeResponseAudioDelta$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    delta: ["delta", z.string()],
  },
);

export const OpenResponsesStreamEventResponseAudioDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseAudioDelta$Outbound, OpenResponsesStreamEventResponseAudioDelta> = objectOutbound<OpenResponsesStreamEventResponseAudioDelta, OpenResponsesStreamEventResponseAudioDelta$Outbound>(
  {
    type: ["type", TypeResponseAudioDelta$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    delta: ["delta", z.string()],
  },
);

export function openResponsesStreamEventResponseAudioDeltaToJSON(value: OpenResponsesStreamEventResponseAudioDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseAudioDelta$outboundSchema, "OpenResponsesStreamEventResponseAudioDelta");
}

export function openResponsesStreamEventResponseAudioDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseAudioDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseAudioDelta$inboundSchema, "OpenResponsesStreamEventResponseAudioDelta");
}
