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

export const TypeResponseCustomToolCallInputDone = {
  ResponseCustomToolCallInputDone: "response.custom_tool_call_input.done",
} as const;
export type TypeResponseCustomToolCallInputDone = ClosedEnum<typeof TypeResponseCustomToolCallInputDone>;

export const TypeResponseCustomToolCallInputDone$inboundSchema: z.ZodType<TypeResponseCustomToolCallInputDone, unknown> = enumSchema(TypeResponseCustomToolCallInputDone);

export const TypeResponseCustomToolCallInputDone$outboundSchema: z.ZodType<TypeResponseCustomToolCallInputDone, TypeResponseCustomToolCallInputDone> = enumSchema(TypeResponseCustomToolCallInputDone);

export function typeResponseCustomToolCallInputDoneToJSON(value: TypeResponseCustomToolCallInputDone): string {
  return stringifyJSON(value, TypeResponseCustomToolCallInputDone$outboundSchema, "TypeResponseCustomToolCallInputDone");
}

export function typeResponseCustomToolCallInputDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseCustomToolCallInputDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseCustomToolCallInputDone$inboundSchema, "TypeResponseCustomToolCallInputDone");
}

export type OpenResponsesStreamEventResponseCustomToolCallInputDone = {
  type: TypeResponseCustomToolCallInputDone;
  sequenceNumber: number;
  outputIndex: number;
  itemId: string;
  input: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseCustomToolCallInputDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseCustomToolCallInputDone$Outbound = {
  type: TypeResponseCustomToolCallInputDone;
  sequence_number: number;
  output_index: number;
  item_id: string;
  input: string;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseCustomToolCallInputDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCustomToolCallInputDone, unknown> = objectInbound<OpenResponsesStreamEventResponseCustomToolCallInputDone>(
  {
    type: ["type", TypeResponseCustomToolCallInputDone$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    input: ["input", z.string()],
  },
);

export const OpenResponsesStreamEventResponseCustomToolCallInputDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCustomToolCallInputDone$Outbound, OpenResponsesStreamEventResponseCustomToolCallInputDone> = objectOutbound<OpenResponsesStreamEventResponseCustomToolCallInputDone, OpenResponsesStreamEventResponseCustomToolCallInputDone$Outbound>(
  {
    type: ["type", TypeResponseCustomToolCallInputDone$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    input: ["input", z.string()],
  },
);

export function openResponsesStreamEventResponseCustomToolCallInputDoneToJSON(value: OpenResponsesStreamEventResponseCustomToolCallInputDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCustomToolCallInputDone$outboundSchema, "OpenResponsesStreamEventResponseCustomToolCallInputDone");
}

export function openResponsesStreamEventResponseCustomToolCallInputDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCustomToolCallInputDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCustomToolCallInputDone$inboundSchema, "OpenResponsesStreamEventResponseCustomToolCallInputDone");
}
