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

export const TypeResponseFileSearchCallCompleted = {
  ResponseFileSearchCallCompleted: "response.file_search_call.completed",
} as const;
export type TypeResponseFileSearchCallCompleted = ClosedEnum<typeof TypeResponseFileSearchCallCompleted>;

export const TypeResponseFileSearchCallCompleted$inboundSchema: z.ZodType<TypeResponseFileSearchCallCompleted, unknown> = enumSchema(TypeResponseFileSearchCallCompleted);

export const TypeResponseFileSearchCallCompleted$outboundSchema: z.ZodType<TypeResponseFileSearchCallCompleted, TypeResponseFileSearchCallCompleted> = enumSchema(TypeResponseFileSearchCallCompleted);

export function typeResponseFileSearchCallCompletedToJSON(value: TypeResponseFileSearchCallCompleted): string {
  return stringifyJSON(value, TypeResponseFileSearchCallCompleted$outboundSchema, "TypeResponseFileSearchCallCompleted");
}

export function typeResponseFileSearchCallCompletedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseFileSearchCallCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseFileSearchCallCompleted$inboundSchema, "TypeResponseFileSearchCallCompleted");
}

export type OpenResponsesStreamEventResponseFileSearchCallCompleted = {
  type: TypeResponseFileSearchCallCompleted;
  outputIndex: number;
  itemId: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseFileSearchCallCompleted as it is sent on the wire. */
export type OpenResponsesStreamEventResponseFileSearchCallCompleted$Outbound = {
  type: TypeResponseFileSearchCallCompleted;
  output_index: number;
  item_id: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseFileSearchCallCompleted$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseFileSearchCallCompleted, unknown> = objectInbound<OpenResponsesStreamEventResponseFileSearchCallCompleted>(
  {
    type: ["type", TypeResponseFileSearchCallCompleted$inboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseFileSearchCallCompleted$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseFileSearchCallCompleted$Outbound, OpenResponsesStreamEventResponseFileSearchCallCompleted> = objectOutbound<OpenResponsesStreamEventResponseFileSearchCallCompleted, OpenResponsesStreamEventResponseFileSearchCallCompleted$Outbound>(
  {
    type: ["type", TypeResponseFileSearchCallCompleted$outboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseFileSearchCallCompletedToJSON(value: OpenResponsesStreamEventResponseFileSearchCallCompleted): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseFileSearchCallCompleted$outboundSchema, "OpenResponsesStreamEventResponseFileSearchCallCompleted");
}

export function openResponsesStreamEventResponseFileSearchCallCompletedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseFileSearchCallCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseFileSearchCallCompleted$inboundSchema, "OpenResponsesStreamEventResponseFileSearchCallCompleted");
}
