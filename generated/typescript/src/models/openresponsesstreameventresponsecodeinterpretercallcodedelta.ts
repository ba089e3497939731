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

export const TypeResponseCodeInterpreterCallCodeDelta = {
  ResponseCodeInterpreterCallCodeDelta: "response.code_interpreter_call_code.delta",
} as const;
export type TypeResponseCodeInterpreterCallCodeDelta = ClosedEnum<typeof TypeResponseCodeInterpreterCallCodeDelta>;

export const TypeResponseCodeInterpreterCallCodeDelta$inboundSchema: z.ZodType<TypeResponseCodeInterpreterCallCodeDelta, unknown> = enumSchema(TypeResponseCodeInterpreterCallCodeDelta);

export const TypeResponseCodeInterpreterCallCodeDelta$outboundSchema: z.ZodType<TypeResponseCodeInterpreterCallCodeDelta, TypeResponseCodeInterpreterCallCodeDelta> = enumSchema(TypeResponseCodeInterpreterCallCodeDelta);

export function typeResponseCodeInterpreterCallCodeDeltaToJSON(value: TypeResponseCodeInterpreterCallCodeDelta): string {
  return stringifyJSON(value, TypeResponseCodeInterpreterCallCodeDelta$outboundSchema, "TypeResponseCodeInterpreterCallCodeDelta");
}

export function typeResponseCodeInterpreterCallCodeDeltaFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseCodeInterpreterCallCodeDelta, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseCodeInterpreterCallCodeDelta$inboundSchema, "TypeResponseCodeInterpreterCallCodeDelta");
}

export type OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta = {
  type: TypeResponseCodeInterpreterCallCodeDelta;
  outputIndex: number;
  itemId: string;
  delta: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta as it is sent on the wire. */
export type OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$Outbound = {
  type: TypeResponseCodeInterpreterCallCodeDelta;
  output_index: number;
  item_id: string;
  delta: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta, unknown> = objectInbound(
  {
    type: TypeResponseCodeInterpreterCallCodeDelta$inboundSchema,
    output_index: z.int(),
    item_id: z.string(),
    delta: z.string(),
    sequence_number: z.int(),
  },
  (v) => ({
    type: v.type,
    outputIndex: v.output_index,
    itemId: v.item_id,
    delta: v.delta,
    sequenceNumber: v.sequence_number,
    ...collectAdditionalProperties(v, ["type", "output_index", "item_id", "delta", "sequence_number"]),
  }),
);

export const OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$Outbound, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta> = objectOutbound(
  {
    type: TypeResponseCodeInterpreterCallCodeDelta$outboundSchema,
    outputIndex: z.int(),
    itemId: z.string(),
    delta: z.string(),
    sequenceNumber: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    output_index: v.outputIndex,
    item_id: v.itemId,
    delta: v.delta,
    sequence_number: v.sequenceNumber,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "output_index", "item_id", "delta", "sequence_number"]),
  }),
);

export function openResponsesStreamEventResponseCodeInterpreterCallCodeDeltaToJSON(value: OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$outboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta");
}

export function openResponsesStreamEventResponseCodeInterpreterCallCodeDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$inboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta");
}
