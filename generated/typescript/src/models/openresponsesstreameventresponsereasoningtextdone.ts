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

export const OpenResponsesStreamEventResponseReasoningTextDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningTextDone, unknown> = objectInbound<OpenResponsesStreamEventResponseReasoningTextDone>(
  {
    type: ["type", TypeResponseReasoningTextDone$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    text: ["text", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseReasoningTextDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningTextDone$Outbound, OpenResponsesStreamEventResponseReasoningTextDone> = objectOutbound<OpenResponsesStreamEventResponseReasoningTextDone, OpenResponsesStreamEventResponseReasoningTextDone$Outbound>(
  {
    type: ["type", TypeResponseReasoningTextDone$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    text: ["text", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseReasoningTextDoneToJSON(value: OpenResponsesStreamEventResponseReasoningTextDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningTextDone$outboundSchema, "OpenResponsesStreamEventResponseReasoningTextDone");
}

export function openResponsesStreamEventResponseReasoningTextDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningTextDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningTextDone$inboundSchema, "OpenResponsesStreamEventResponseReasoningTextDone");
}
