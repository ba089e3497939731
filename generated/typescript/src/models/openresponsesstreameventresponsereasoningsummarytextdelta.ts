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

export const TypeResponseReasoningSummaryTextDelta = {
  ResponseReasoningSummaryTextDelta: "response.reasoning_summary_text.delta",
} as const;
export type TypeResponseReasoningSummaryTextDelta = ClosedEnum<typeof TypeResponseReasoningSummaryTextDelta>;

export const TypeResponseReasoningSummaryTextDelta$inboundSchema: z.ZodType<TypeResponseReasoningSummaryTextDelta, unknown> = enumSchema(TypeResponseReasoningSummaryTextDelta);

export const TypeResponseReasoningSummaryTextDelta$outboundSchema: z.ZodType<TypeResponseReasoningSummaryTextDelta, TypeResponseReasoningSummaryTextDelta> = enumSchema(TypeResponseReasoningSummaryTextDelta);

export function typeResponseReasoningSummaryTextDeltaToJSON(value: TypeResponseReasoningSummaryTextDelta): string {
  return stringifyJSON(value, TypeResponseReasoningSummaryTextDelta$outboundSchema, "TypeResponseReasoningSummaryTextDelta");
}

export function typeResponseReasoningSummaryTextDeltaFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseReasoningSummaryTextDelta, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseReasoningSummaryTextDelta$inboundSchema, "TypeResponseReasoningSummaryTextDelta");
}

export type OpenResponsesStreamEventResponseReasoningSummaryTextDelta = {
  type: TypeResponseReasoningSummaryTextDelta;
  itemId: string;
  outputIndex: number;
  summaryIndex: number;
  delta: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseReasoningSummaryTextDelta as it is sent on the wire. */
export type OpenResponsesStreamEventResponseReasoningSummaryTextDelta$Outbound = {
  type: TypeResponseReasoningSummaryTextDelta;
  item_id: string;
  output_index: number;
  summary_index: number;
  delta: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseReasoningSummaryTextDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryTextDelta, unknown> = objectInbound<OpenResponsesStreamEventResponseReasoningSummaryTextDelta>(
  {
    type: ["type", TypeResponseReasoningSummaryTextDelta$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    summaryIndex: ["summary_index", z.int()],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseReasoningSummaryTextDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryTextDelta$Outbound, OpenResponsesStreamEventResponseReasoningSummaryTextDelta> = objectOutbound<OpenResponsesStreamEventResponseReasoningSummaryTextDelta, OpenResponsesStreamEventResponseReasoningSummaryTextDelta$Outbound>(
  {
    type: ["type", TypeResponseReasoningSummaryTextDelta$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    summaryIndex: ["summary_index", z.int()],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseReasoningSummaryTextDeltaToJSON(value: OpenResponsesStreamEventResponseReasoningSummaryTextDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningSummaryTextDelta$outboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryTextDelta");
}

export function openResponsesStreamEventResponseReasoningSummaryTextDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningSummaryTextDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningSummaryTextDelta$inboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryTextDelta");
}
