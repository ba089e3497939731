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

export const TypeResponseRefusalDelta = {
  ResponseRefusalDelta: "response.refusal.delta",
} as const;
export type TypeResponseRefusalDelta = ClosedEnum<typeof TypeResponseRefusalDelta>;

export const TypeResponseRefusalDelta$inboundSchema: z.ZodType<TypeResponseRefusalDelta, unknown> = enumSchema(TypeResponseRefusalDelta);

export const TypeResponseRefusalDelta$outboundSchema: z.ZodType<TypeResponseRefusalDelta, TypeResponseRefusalDelta> = enumSchema(TypeResponseRefusalDelta);

export function typeResponseRefusalDeltaToJSON(value: TypeResponseRefusalDelta): string {
  return stringifyJSON(value, TypeResponseRefusalDelta$outboundSchema, "TypeResponseRefusalDelta");
}

export function typeResponseRefusalDeltaFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseRefusalDelta, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseRefusalDelta$inboundSchema, "TypeResponseRefusalDelta");
}

export type OpenResponsesStreamEventResponseRefusalDelta = {
  type: TypeResponseRefusalDelta;
  itemId: string;
  outputIndex: number;
  contentIndex: number;
  delta: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseRefusalDelta as it is sent on the wire. */
export type OpenResponsesStreamEventResponseRefusalDelta$Outbound = {
  type: TypeResponseRefusalDelta;
  item_id: string;
  output_index: number;
  content_index: number;
  delta: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseRefusalDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseRefusalDelta, unknown> = objectInbound(
  {
    type: TypeResponseRefusalDelta$inboundSchema,
    item_id: z.string(),
    output_index: z.int(),
    content_index: z.int(),
    delta: z.string(),
    sequence_number: z.int(),
  },
  (v) => ({
    type: v.type,
    itemId: v.item_id,
    outputIndex: v.output_index,
    contentIndex: v.content_index,
    delta: v.delta,
    sequenceNumber: v.sequence_number,
    ...collectAdditionalProperties(v, ["type", "item_id", "output_index", "content_index", "delta", "sequence_number"]),
  }),
);

export const OpenResponsesStreamEventResponseRefusalDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseRefusalDelta$Outbound, OpenResponsesStreamEventResponseRefusalDelta> = objectOutbound(
  {
    type: TypeResponseRefusalDelta$outboundSchema,
    itemId: z.string(),
    outputIndex: z.int(),
    contentIndex: z.int(),
    delta: z.string(),
    sequenceNumber: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    item_id: v.itemId,
    output_index: v.outputIndex,
    content_index: v.contentIndex,
    delta: v.delta,
    sequence_number: v.sequenceNumber,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "item_id", "output_index", "content_index", "delta", "sequence_number"]),
  }),
);

export function openResponsesStreamEventResponseRefusalDeltaToJSON(value: OpenResponsesStreamEventResponseRefusalDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseRefusalDelta$outboundSchema, "OpenResponsesStreamEventResponseRefusalDelta");
}

export function openResponsesStreamEventResponseRefusalDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseRefusalDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseRefusalDelta$inboundSchema, "OpenResponsesStreamEventResponseRefusalDelta");
}
