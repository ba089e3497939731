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

export const TypeResponseReasoningTextDone = {
  ResponseReasoningTextDone: "response.reasoning_text.done",
} as const;
export type TypeResponseReasoningTextDone = ClosedEnum<typeof TypeResponseReasoningTextDone>;

export const TypeResponseReasoningTextDone$inboundSchema: z.ZodType<TypeResponseReasoningTextDone, unknown> = enumSchema(TypeResponseReasoningTextDone);

export const TypeResponseReasoningTextDone$outboundSchema: z.ZodType<TypeResponseReasoningTextDone, TypeResponseReasoningTextDone> = enumSchema(TypeResponseReasoningTextDone);

export function typeResponseReasoningTextDoneToJSON(value: TypeResponseReasoningTextDone): string {
  return stringifyJSON(value, TypeResponseReasoningTextDone$outboundSchema, "TypeResponseReasoningTextDone");
}

export function typeResponseReasoningTextDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseReasoningTextDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseReasoningTextDone$inboundSchema, "TypeResponseReasoningTextDone");
}

export type OpenResponsesStreamEventResponseReasoningTextDone = {
  type: TypeResponseReasoningTextDone;
  itemId: string;
  outputIndex: number;
  contentIndex: number;
  text: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseReasoningTextDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseReasoningTextDone$Outbound = {
  type: TypeResponseReasoningTextDone;
  item_id: string;
  output_index: number;
  content_index: number;
  text: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseReasoningTextDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningTextDone, unknown> = objectInbound(
  {
    type: TypeResponseReasoningTextDone$inboundSchema,
    item_id: z.string(),
    output_index: z.int(),
    content_index: z.int(),
    text: z.string(),
    sequence_number: z.int(),
  },
  (v) => ({
    type: v.type,
    itemId: v.item_id,
    outputIndex: v.output_index,
    contentIndex: v.content_index,
    text: v.text,
    sequenceNumber: v.sequence_number,
    ...collectAdditionalProperties(v, ["type", "item_id", "output_index", "content_index", "text", "sequence_number"]),
  }),
);

export const OpenResponsesStreamEventResponseReasoningTextDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningTextDone$Outbound, OpenResponsesStreamEventResponseReasoningTextDone> = objectOutbound(
  {
    type: TypeResponseReasoningTextDone$outboundSchema,
    itemId: z.string(),
    outputIndex: z.int(),
    contentIndex: z.int(),
    text: z.string(),
    sequenceNumber: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    item_id: v.itemId,
    output_index: v.outputIndex,
    content_index: v.contentIndex,
    text: v.text,
    sequence_number: v.sequenceNumber,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "item_id", "output_index", "content_index", "text", "sequence_number"]),
  }),
);

export function openResponsesStreamEventResponseReasoningTextDoneToJSON(value: OpenResponsesStreamEventResponseReasoningTextDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningTextDone$outboundSchema, "OpenResponsesStreamEventResponseReasoningTextDone");
}

export function openResponsesStreamEventResponseReasoningTextDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningTextDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningTextDone$inboundSchema, "OpenResponsesStreamEventResponseReasoningTextDone");
}
