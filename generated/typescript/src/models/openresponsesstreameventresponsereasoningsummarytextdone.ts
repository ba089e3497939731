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

export const TypeResponseReasoningSummaryTextDone = {
  ResponseReasoningSummaryTextDone: "response.reasoning_summary_text.done",
} as const;
export type TypeResponseReasoningSummaryTextDone = ClosedEnum<typeof TypeResponseReasoningSummaryTextDone>;

export const TypeResponseReasoningSummaryTextDone$inboundSchema: z.ZodType<TypeResponseReasoningSummaryTextDone, unknown> = enumSchema(TypeResponseReasoningSummaryTextDone);

export const TypeResponseReasoningSummaryTextDone$outboundSchema: z.ZodType<TypeResponseReasoningSummaryTextDone, TypeResponseReasoningSummaryTextDone> = enumSchema(TypeResponseReasoningSummaryTextDone);

export function typeResponseReasoningSummaryTextDoneToJSON(value: TypeResponseReasoningSummaryTextDone): string {
  return stringifyJSON(value, TypeResponseReasoningSummaryTextDone$outboundSchema, "TypeResponseReasoningSummaryTextDone");
}

export function typeResponseReasoningSummaryTextDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseReasoningSummaryTextDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseReasoningSummaryTextDone$inboundSchema, "TypeResponseReasoningSummaryTextDone");
}

export type OpenResponsesStreamEventResponseReasoningSummaryTextDone = {
  type: TypeResponseReasoningSummaryTextDone;
  itemId: string;
  outputIndex: number;
  summaryIndex: number;
  text: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseReasoningSummaryTextDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseReasoningSummaryTextDone$Outbound = {
  type: TypeResponseReasoningSummaryTextDone;
  item_id: string;
  output_index: number;
  summary_index: number;
  text: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseReasoningSummaryTextDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryTextDone, unknown> = objectInbound(
  {
    type: TypeResponseReasoningSummaryTextDone$inboundSchema,
    item_id: z.string(),
    output_index: z.int(),
    summary_index: z.int(),
    text: z.string(),
    sequence_number: z.int(),
  },
  (v) => ({
    type: v.type,
    itemId: v.item_id,
    outputIndex: v.output_index,
    summaryIndex: v.summary_index,
    text: v.text,
    sequenceNumber: v.sequence_number,
    ...collectAdditionalProperties(v, ["type", "item_id", "output_index", "summary_index", "text", "sequence_number"]),
  }),
);

export const OpenResponsesStreamEventResponseReasoningSummaryTextDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryTextDone$Outbound, OpenResponsesStreamEventResponseReasoningSummaryTextDone> = objectOutbound(
  {
    type: TypeResponseReasoningSummaryTextDone$outboundSchema,
    itemId: z.string(),
    outputIndex: z.int(),
    summaryIndex: z.int(),
    text: z.string(),
    sequenceNumber: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    item_id: v.itemId,
    output_index: v.outputIndex,
    summary_index: v.summaryIndex,
    text: v.text,
    sequence_number: v.sequenceNumber,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "item_id", "output_index", "summary_index", "text", "sequence_number"]),
  }),
);

export function openResponsesStreamEventResponseReasoningSummaryTextDoneToJSON(value: OpenResponsesStreamEventResponseReasoningSummaryTextDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningSummaryTextDone$outboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryTextDone");
}

export function openResponsesStreamEventResponseReasoningSummaryTextDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningSummaryTextDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningSummaryTextDone$inboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryTextDone");
}
