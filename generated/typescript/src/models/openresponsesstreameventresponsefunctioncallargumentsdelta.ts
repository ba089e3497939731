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

export const TypeResponseFunctionCallArgumentsDelta = {
  ResponseFunctionCallArgumentsDelta: "response.function_call_arguments.delta",
} as const;
export type TypeResponseFunctionCallArgumentsDelta = ClosedEnum<typeof TypeResponseFunctionCallArgumentsDelta>;

export const TypeResponseFunctionCallArgumentsDelta$inboundSchema: z.ZodType<TypeResponseFunctionCallArgumentsDelta, unknown> = enumSchema(TypeResponseFunctionCallArgumentsDelta);

export const TypeResponseFunctionCallArgumentsDelta$outboundSchema: z.ZodType<TypeResponseFunctionCallArgumentsDelta, TypeResponseFunctionCallArgumentsDelta> = enumSchema(TypeResponseFunctionCallArgumentsDelta);

export function typeResponseFunctionCallArgumentsDeltaToJSON(value: TypeResponseFunctionCallArgumentsDelta): string {
  return stringifyJSON(value, TypeResponseFunctionCallArgumentsDelta$outboundSchema, "TypeResponseFunctionCallArgumentsDelta");
}

export function typeResponseFunctionCallArgumentsDeltaFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseFunctionCallArgumentsDelta, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseFunctionCallArgumentsDelta$inboundSchema, "TypeResponseFunctionCallArgumentsDelta");
}

export type OpenResponsesStreamEventResponseFunctionCallArgumentsDelta = {
  type: TypeResponseFunctionCallArgumentsDelta;
  itemId: string;
  outputIndex: number;
  sequenceNumber: number;
  delta: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseFunctionCallArgumentsDelta as it is sent on the wire. */
export type OpenResponsesStreamEventResponseFunctionCallArgumentsDelta$Outbound = {
  type: TypeResponseFunctionCallArgumentsDelta;
  item_id: string;
  output_index: number;
  sequence_number: number;
  delta: string;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseFunctionCallArgumentsDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseFunctionCallArgumentsDelta, unknown> = objectInbound<OpenResponsesStreamEventResponseFunctionCallArgumentsDelta>(
  {
    type: ["type", TypeResponseFunctionCallArgumentsDelta$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    delta: ["delta", z.string()],
  },
);

export const OpenResponsesStreamEventResponseFunctionCallArgumentsDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseFunctionCallArgumentsDelta$Outbound, OpenResponsesStreamEventResponseFunctionCallArgumentsDelta> = objectOutbound<OpenResponsesStreamEventResponseFunctionCallArgumentsDelta, OpenResponsesStreamEventResponseFunctionCallArgumentsDelta$Outbound>(
  {
    type: ["type", TypeResponseFunctionCallArgumentsDelta$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    delta: ["delta", z.string()],
  },
);

export function openResponsesStreamEventResponseFunctionCallArgumentsDeltaToJSON(value: OpenResponsesStreamEventResponseFunctionCallArgumentsDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseFunctionCallArgumentsDelta$outboundSchema, "OpenResponsesStreamEventResponseFunctionCallArgumentsDelta");
}

export function openResponsesStreamEventResponseFunctionCallArgumentsDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseFunctionCallArgumentsDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseFunctionCallArgumentsDelta$inboundSchema, "OpenResponsesStreamEventResponseFunctionCallArgumentsDelta");
}
