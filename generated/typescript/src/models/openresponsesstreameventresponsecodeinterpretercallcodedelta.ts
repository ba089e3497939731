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

export const OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta, unknown> = objectInbound<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta>(
  {
    type: ["type", TypeResponseCodeInterpreterCallCodeDelta$inboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$Outbound, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta> = objectOutbound<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$Outbound>(
  {
    type: ["type", TypeResponseCodeInterpreterCallCodeDelta$outboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseCodeInterpreterCallCodeDeltaToJSON(value: OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$outboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta");
}

export function openResponsesStreamEventResponseCodeInterpreterCallCodeDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta$inboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta");
}
