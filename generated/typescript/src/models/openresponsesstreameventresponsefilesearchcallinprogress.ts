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

export const TypeResponseFileSearchCallInProgress = {
  ResponseFileSearchCallInProgress: "response.file_search_call.in_progress",
} as const;
export type TypeResponseFileSearchCallInProgress = ClosedEnum<typeof TypeResponseFileSearchCallInProgress>;

export const TypeResponseFileSearchCallInProgress$inboundSchema: z.ZodType<TypeResponseFileSearchCallInProgress, unknown> = enumSchema(TypeResponseFileSearchCallInProgress);

export const TypeResponseFileSearchCallInProgress$outboundSchema: z.ZodType<TypeResponseFileSearchCallInProgress, TypeResponseFileSearchCallInProgress> = enumSchema(TypeResponseFileSearchCallInProgress);

export function typeResponseFileSearchCallInProgressToJSON(value: TypeResponseFileSearchCallInProgress): string {
  return stringifyJSON(value, TypeResponseFileSearchCallInProgress$outboundSchema, "TypeResponseFileSearchCallInProgress");
}

export function typeResponseFileSearchCallInProgressFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseFileSearchCallInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseFileSearchCallInProgress$inboundSchema, "TypeResponseFileSearchCallInProgress");
}

export type OpenResponsesStreamEventResponseFileSearchCallInProgress = {
  type: TypeResponseFileSearchCallInProgress;
  outputIndex: number;
  itemId: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseFileSearchCallInProgress as it is sent on the wire. */
export type OpenResponsesStreamEventResponseFileSearchCallInProgress$Outbound = {
  type: TypeResponseFileSearchCallInProgress;
  output_index: number;
  item_id: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseFileSearchCallInProgress$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseFileSearchCallInProgress, unknown> = objectInbound<OpenResponsesStreamEventResponseFileSearchCallInProgress>(
  {
    type: ["type", TypeResponseFileSearchCallInProgress$inboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseFileSearchCallInProgress$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseFileSearchCallInProgress$Outbound, OpenResponsesStreamEventResponseFileSearchCallInProgress> = objectOutbound<OpenResponsesStreamEventResponseFileSearchCallInProgress, OpenResponsesStreamEventResponseFileSearchCallInProgress$Outbound>(
  {
    type: ["type", TypeResponseFileSearchCallInProgress$outboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseFileSearchCallInProgressToJSON(value: OpenResponsesStreamEventResponseFileSearchCallInProgress): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseFileSearchCallInProgress$outboundSchema, "OpenResponsesStreamEventResponseFileSearchCallInProgress");
}

export function openResponsesStreamEventResponseFileSearchCallInProgressFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseFileSearchCallInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseFileSearchCallInProgress$inboundSchema, "OpenResponsesStreamEventResponseFileSearchCallInProgress");
}
