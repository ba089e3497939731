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

export const TypeResponseCustomToolCallInputDelta = {
  ResponseCustomToolCallInputDelta: "response.custom_tool_call_input.delta",
} as const;
export type TypeResponseCustomToolCallInputDelta = ClosedEnum<typeof TypeResponseCustomToolCallInputDelta>;

export const TypeResponseCustomToolCallInputDelta$inboundSchema: z.ZodType<TypeResponseCustomToolCallInputDelta, unknown> = enumSchema(TypeResponseCustomToolCallInputDelta);

export const TypeResponseCustomToolCallInputDelta$outboundSchema: z.ZodType<TypeResponseCustomToolCallInputDelta, TypeResponseCustomToolCallInputDelta> = enumSchema(TypeResponseCustomToolCallInputDelta);

export function typeResponseCustomToolCallInputDeltaToJSON(value: TypeResponseCustomToolCallInputDelta): string {
  return stringifyJSON(value, TypeResponseCustomToolCallInputDelta$outboundSchema, "TypeResponseCustomToolCallInputDelta");
}

export function typeResponseCustomToolCallInputDeltaFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseCustomToolCallInputDelta, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseCustomToolCallInputDelta$inboundSchema, "TypeResponseCustomToolCallInputDelta");
}

export type OpenResponsesStreamEventResponseCustomToolCallInputDelta = {
  type: TypeResponseCustomToolCallInputDelta;
  sequenceNumber: number;
  outputIndex: number;
  itemId: string;
  delta: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseCustomToolCallInputDelta as it is sent on the wire. */
export type OpenResponsesStreamEventResponseCustomToolCallInputDelta$Outbound = {
  type: TypeResponseCustomToolCallInputDelta;
  sequence_number: number;
  output_index: number;
  item_id: string;
  delta: string;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseCustomToolCallInputDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCustomToolCallInputDelta, unknown> = objectInbound<OpenResponsesStreamEventResponseCustomToolCallInputDelta>(
  {
    type: ["type", TypeResponseCustomToolCallInputDelta$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    delta: ["delta", z.string()],
  },
);

export const OpenResponsesStreamEventResponseCustomToolCallInputDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCustomToolCallInputDelta$Outbound, OpenResponsesStreamEventResponseCustomToolCallInputDelta> = objectOutbound<OpenResponsesStreamEventResponseCustomToolCallInputDelta, OpenResponsesStreamEventResponseCustomToolCallInputDelta$Outbound>(
  {
    type: ["type", TypeResponseCustomToolCallInputDelta$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    delta: ["delta", z.string()],
  },
);

export function openResponsesStreamEventResponseCustomToolCallInputDeltaToJSON(value: OpenResponsesStreamEventResponseCustomToolCallInputDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCustomToolCallInputDelta$outboundSchema, "OpenResponsesStreamEventResponseCustomToolCallInputDelta");
}

export function openResponsesStreamEventResponseCustomToolCallInputDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCustomToolCallInputDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCustomToolCallInputDelta$inboundSchema, "OpenResponsesStreamEventResponseCustomToolCallInputDelta");
}
