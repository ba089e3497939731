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

export const TypeResponseReasoningTextDelta = {
  ResponseReasoningTextDelta: "response.reasoning_text.delta",
} as const;
export type TypeResponseReasoningTextDelta = ClosedEnum<typeof TypeResponseReasoningTextDelta>;

export const TypeResponseReasoningTextDelta$inboundSchema: z.ZodType<TypeResponseReasoningTextDelta, unknown> = enumSchema(TypeResponseReasoningTextDelta);

export const TypeResponseReasoningTextDelta$outboundSchema: z.ZodType<TypeResponseReasoningTextDelta, TypeResponseReasoningTextDelta> = enumSchema(TypeResponseReasoningTextDelta);

export function typeResponseReasoningTextDeltaToJSON(value: TypeResponseReasoningTextDelta): string {
  return stringifyJSON(value, TypeResponseReasoningTextDelta$outboundSchema, "TypeResponseReasoningTextDelta");
}

export function typeResponseReasoningTextDeltaFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseReasoningTextDelta, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseReasoningTextDelta$inboundSchema, "TypeResponseReasoningTextDelta");
}

export type OpenResponsesStreamEventResponseReasoningTextDelta = {
  type: TypeResponseReasoningTextDelta;
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

/** OpenResponsesStreamEventResponseReasoningTextDelta as it is sent on the wire. */
export type OpenResponsesStreamEventResponseReasoningTextDelta$Outbound = {
  type: TypeResponseReasoningTextDelta;
  item_id: string;
  output_index: number;
  content_index: number;
  delta: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseReasoningTextDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningTextDelta, unknown> = objectInbound(
  {
    type: TypeResponseReasoningTextDelta$inboundSchema,
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

export const OpenResponsesStreamEventResponseReasoningTextDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningTextDelta$Outbound, OpenResponsesStreamEventResponseReasoningTextDelta> = objectOutbound(
  {
    type: TypeResponseReasoningTextDelta$outboundSchema,
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

export function openResponsesStreamEventResponseReasoningTextDeltaToJSON(value: OpenResponsesStreamEventResponseReasoningTextDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningTextDelta$outboundSchema, "OpenResponsesStreamEventResponseReasoningTextDelta");
}

export function openResponsesStreamEventResponseReasoningTextDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningTextDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningTextDelta$inboundSchema, "OpenResponsesStreamEventResponseReasoningTextDelta");
}
