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

export const OpenResponsesStreamEventResponseReasoningTextDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningTextDelta, unknown> = objectInbound<OpenResponsesStreamEventResponseReasoningTextDelta>(
  {
    type: ["type", TypeResponseReasoningTextDelta$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseReasoningTextDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningTextDelta$Outbound, OpenResponsesStreamEventResponseReasoningTextDelta> = objectOutbound<OpenResponsesStreamEventResponseReasoningTextDelta, OpenResponsesStreamEventResponseReasoningTextDelta$Outbound>(
  {
    type: ["type", TypeResponseReasoningTextDelta$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseReasoningTextDeltaToJSON(value: OpenResponsesStreamEventResponseReasoningTextDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningTextDelta$outboundSchema, "OpenResponsesStreamEventResponseReasoningTextDelta");
}

export function openResponsesStreamEventResponseReasoningTextDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningTextDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningTextDelta$inboundSchema, "OpenResponsesStreamEventResponseReasoningTextDelta");
}
