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

export const OpenResponsesStreamEventResponseAudioDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseAudioDelta, unknown> = objectInbound(
  {
    type: TypeResponseAudioDelta$inboundSchema,
    sequence_number: z.int(),
    delta: z.string(),
  },
  (v) => ({
    type: v.type,
    sequenceNumber: v.sequence_number,
    delta: v.delta,
    ...collectAdditionalProperties(v, ["type", "sequence_number", "delta"]),
  }),
);

export const OpenResponsesStreamEventResponseAudioDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseAudioDelta$Outbound, OpenResponsesStreamEventResponseAudioDelta> = objectOutbound(
  {
    type: TypeResponseAudioDelta$outboundSchema,
    sequenceNumber: z.int(),
    delta: z.string(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    sequence_number: v.sequenceNumber,
    delta: v.delta,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "sequence_number", "delta"]),
  }),
);

export function openResponsesStreamEventResponseAudioDeltaToJSON(value: OpenResponsesStreamEventResponseAudioDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseAudioDelta$outboundSchema, "OpenResponsesStreamEventResponseAudioDelta");
}

export function openResponsesStreamEventResponseAudioDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseAudioDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseAudioDelta$inboundSchema, "OpenResponsesStreamEventResponseAudioDelta");
}
