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

export const TypeResponseFunctionCallArgumentsDone = {
  ResponseFunctionCallArgumentsDone: "response.function_call_arguments.done",
} as const;
export type TypeResponseFunctionCallArgumentsDone = ClosedEnum<typeof TypeResponseFunctionCallArgumentsDone>;

export const TypeResponseFunctionCallArgumentsDone$inboundSchema: z.ZodType<TypeResponseFunctionCallArgumentsDone, unknown> = enumSchema(TypeResponseFunctionCallArgumentsDone);

export const TypeResponseFunctionCallArgumentsDone$outboundSchema: z.ZodType<TypeResponseFunctionCallArgumentsDone, TypeResponseFunctionCallArgumentsDone> = enumSchema(TypeResponseFunctionCallArgumentsDone);

export function typeResponseFunctionCallArgumentsDoneToJSON(value: TypeResponseFunctionCallArgumentsDone): string {
  return stringifyJSON(value, TypeResponseFunctionCallArgumentsDone$outboundSchema, "TypeResponseFunctionCallArgumentsDone");
}

export function typeResponseFunctionCallArgumentsDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseFunctionCallArgumentsDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseFunctionCallArgumentsDone$inboundSchema, "TypeResponseFunctionCallArgumentsDone");
}

export type OpenResponsesStreamEventResponseFunctionCallArgumentsDone = {
  type: TypeResponseFunctionCallArgumentsDone;
  itemId: string;
  outputIndex: number;
  sequenceNumber: number;
  arguments: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseFunctionCallArgumentsDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseFunctionCallArgumentsDone$Outbound = {
  type: TypeResponseFunctionCallArgumentsDone;
  item_id: string;
  output_index: number;
  sequence_number: number;
  arguments: string;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseFunctionCallArgumentsDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseFunctionCallArgumentsDone, unknown> = objectInbound<OpenResponsesStreamEventResponseFunctionCallArgumentsDone>(
  {
    type: ["type", TypeResponseFunctionCallArgumentsDone$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    arguments: ["arguments", z.string()],
  },
);

export const OpenResponsesStreamEventResponseFunctionCallArgumentsDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseFunctionCallArgumentsDone$Outbound, OpenResponsesStreamEventResponseFunctionCallArgumentsDone> = objectOutbound<OpenResponsesStreamEventResponseFunctionCallArgumentsDone, OpenResponsesStreamEventResponseFunctionCallArgumentsDone$Outbound>(
  {
    type: ["type", TypeResponseFunctionCallArgumentsDone$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    arguments: ["arguments", z.string()],
  },
);

export function openResponsesStreamEventResponseFunctionCallArgumentsDoneToJSON(value: OpenResponsesStreamEventResponseFunctionCallArgumentsDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseFunctionCallArgumentsDone$outboundSchema, "OpenResponsesStreamEventResponseFunctionCallArgumentsDone");
}

export function openResponsesStreamEventResponseFunctionCallArgumentsDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseFunctionCallArgumentsDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseFunctionCallArgumentsDone$inboundSchema, "OpenResponsesStreamEventResponseFunctionCallArgumentsDone");
}
