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

export const TypeResponseRefusalDone = {
  ResponseRefusalDone: "response.refusal.done",
} as const;
export type TypeResponseRefusalDone = ClosedEnum<typeof TypeResponseRefusalDone>;

export const TypeResponseRefusalDone$inboundSchema: z.ZodType<TypeResponseRefusalDone, unknown> = enumSchema(TypeResponseRefusalDone);

export const TypeResponseRefusalDone$outboundSchema: z.ZodType<TypeResponseRefusalDone, TypeResponseRefusalDone> = enumSchema(TypeResponseRefusalDone);

export function typeResponseRefusalDoneToJSON(value: TypeResponseRefusalDone): string {
  return stringifyJSON(value, TypeResponseRefusalDone$outboundSchema, "TypeResponseRefusalDone");
}

export function typeResponseRefusalDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseRefusalDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseRefusalDone$inboundSchema, "TypeResponseRefusalDone");
}

export type OpenResponsesStreamEventResponseRefusalDone = {
  type: TypeResponseRefusalDone;
  itemId: string;
  outputIndex: number;
  contentIndex: number;
  refusal: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseRefusalDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseRefusalDone$Outbound = {
  type: TypeResponseRefusalDone;
  item_id: string;
  output_index: number;
  content_index: number;
  refusal: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseRefusalDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseRefusalDone, unknown> = objectInbound(
  {
    type: TypeResponseRefusalDone$inboundSchema,
    item_id: z.string(),
    output_index: z.int(),
    content_index: z.int(),
    refusal: z.string(),
    sequence_number: z.int(),
  },
  (v) => ({
    type: v.type,
    itemId: v.item_id,
    outputIndex: v.output_index,
    contentIndex: v.content_index,
    refusal: v.refusal,
    sequenceNumber: v.sequence_number,
    ...collectAdditionalProperties(v, ["type", "item_id", "output_index", "content_index", "refusal", "sequence_number"]),
  }),
);

export const OpenResponsesStreamEventResponseRefusalDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseRefusalDone$Outbound, OpenResponsesStreamEventResponseRefusalDone> = objectOutbound(
  {
    type: TypeResponseRefusalDone$outboundSchema,
    itemId: z.string(),
    outputIndex: z.int(),
    contentIndex: z.int(),
    refusal: z.string(),
    sequenceNumber: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    item_id: v.itemId,
    output_index: v.outputIndex,
    content_index: v.contentIndex,
    refusal: v.refusal,
    sequence_number: v.sequenceNumber,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "item_id", "output_index", "content_index", "refusal", "sequence_number"]),
  }),
);

export function openResponsesStreamEventResponseRefusalDoneToJSON(value: OpenResponsesStreamEventResponseRefusalDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseRefusalDone$outboundSchema, "OpenResponsesStreamEventResponseRefusalDone");
}

export function openResponsesStreamEventResponseRefusalDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseRefusalDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseRefusalDone$inboundSchema, "OpenResponsesStreamEventResponseRefusalDone");
}
