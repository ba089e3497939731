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

export const OpenResponsesStreamEventResponseCustomToolCallInputDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCustomToolCallInputDelta, unknown> = objectInbound(
  {
    type: TypeResponseCustomToolCallInputDelta$inboundSchema,
    sequence_number: z.int(),
    output_index: z.int(),
    item_id: z.string(),
    delta: z.string(),
  },
  (v) => ({
    type: v.type,
    sequenceNumber: v.sequence_number,
    outputIndex: v.output_index,
    itemId: v.item_id,
    delta: v.delta,
    ...collectAdditionalProperties(v, ["type", "sequence_number", "output_index", "item_id", "delta"]),
  }),
);

export const OpenResponsesStreamEventResponseCustomToolCallInputDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCustomToolCallInputDelta$Outbound, OpenResponsesStreamEventResponseCustomToolCallInputDelta> = objectOutbound(
  {
    type: TypeResponseCustomToolCallInputDelta$outboundSchema,
    sequenceNumber: z.int(),
    outputIndex: z.int(),
    itemId: z.string(),
    delta: z.string(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    sequence_number: v.sequenceNumber,
    output_index: v.outputIndex,
    item_id: v.itemId,
    delta: v.delta,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "sequence_number", "output_index", "item_id", "delta"]),
  }),
);

export function openResponsesStreamEventResponseCustomToolCallInputDeltaToJSON(value: OpenResponsesStreamEventResponseCustomToolCallInputDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCustomToolCallInputDelta$outboundSchema, "OpenResponsesStreamEventResponseCustomToolCallInputDelta");
}

export function openResponsesStreamEventResponseCustomToolCallInputDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCustomToolCallInputDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCustomToolCallInputDelta$inboundSchema, "OpenResponsesStreamEventResponseCustomToolCallInputDelta");
}
