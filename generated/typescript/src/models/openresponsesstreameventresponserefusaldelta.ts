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

export const OpenResponsesStreamEventResponseRefusalDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseRefusalDelta, unknown> = objectInbound<OpenResponsesStreamEventResponseRefusalDelta>(
  {
    type: ["type", TypeResponseRefusalDelta$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseRefusalDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseRefusalDelta$Outbound, OpenResponsesStreamEventResponseRefusalDelta> = objectOutbound<OpenResponsesStreamEventResponseRefusalDelta, OpenResponsesStreamEventResponseRefusalDelta$Outbound>(
  {
    type: ["type", TypeResponseRefusalDelta$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseRefusalDeltaToJSON(value: OpenResponsesStreamEventResponseRefusalDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseRefusalDelta$outboundSchema, "OpenResponsesStreamEventResponseRefusalDelta");
}

export function openResponsesStreamEventResponseRefusalDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseRefusalDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseRefusalDelta$inboundSchema, "OpenResponsesStreamEventResponseRefusalDelta");
}
