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

export const OpenResponsesStreamEventResponseRefusalDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseRefusalDone, unknown> = objectInbound<OpenResponsesStreamEventResponseRefusalDone>(
  {
    type: ["type", TypeResponseRefusalDone$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    refusal: ["refusal", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseRefusalDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseRefusalDone$Outbound, OpenResponsesStreamEventResponseRefusalDone> = objectOutbound<OpenResponsesStreamEventResponseRefusalDone, OpenResponsesStreamEventResponseRefusalDone$Outbound>(
  {
    type: ["type", TypeResponseRefusalDone$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    refusal: ["refusal", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseRefusalDoneToJSON(value: OpenResponsesStreamEventResponseRefusalDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseRefusalDone$outboundSchema, "OpenResponsesStreamEventResponseRefusalDone");
}

export function openResponsesStreamEventResponseRefusalDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseRefusalDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseRefusalDone$inboundSchema, "OpenResponsesStreamEventResponseRefusalDone");
}
