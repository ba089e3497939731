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

export const OpenResponsesStreamEventResponseReasoningSummaryTextDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryTextDone, unknown> = objectInbound<OpenResponsesStreamEventResponseReasoningSummaryTextDone>(
  {
    type: ["type", TypeResponseReasoningSummaryTextDone$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    summaryIndex: ["summary_index", z.int()],
    text: ["text", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseReasoningSummaryTextDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryTextDone$Outbound, OpenResponsesStreamEventResponseReasoningSummaryTextDone> = objectOutbound<OpenResponsesStreamEventResponseReasoningSummaryTextDone, OpenResponsesStreamEventResponseReasoningSummaryTextDone$Outbound>(
  {
    type: ["type", TypeResponseReasoningSummaryTextDone$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    summaryIndex: ["summary_index", z.int()],
    text: ["text", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseReasoningSummaryTextDoneToJSON(value: OpenResponsesStreamEventResponseReasoningSummaryTextDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningSummaryTextDone$outboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryTextDone");
}

export function openResponsesStreamEventResponseReasoningSummaryTextDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningSummaryTextDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningSummaryTextDone$inboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryTextDone");
}
