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

export const TypeResponseWebSearchCallInProgress = {
  ResponseWebSearchCallInProgress: "response.web_search_call.in_progress",
} as const;
export type TypeResponseWebSearchCallInProgress = ClosedEnum<typeof TypeResponseWebSearchCallInProgress>;

export const TypeResponseWebSearchCallInProgress$inboundSchema: z.ZodType<TypeResponseWebSearchCallInProgress, unknown> = enumSchema(TypeResponseWebSearchCallInProgress);

export const TypeResponseWebSearchCallInProgress$outboundSchema: z.ZodType<TypeResponseWebSearchCallInProgress, TypeResponseWebSearchCallInProgress> = enumSchema(TypeResponseWebSearchCallInProgress);

export function typeResponseWebSearchCallInProgressToJSON(value: TypeResponseWebSearchCallInProgress): string {
  return stringifyJSON(value, TypeResponseWebSearchCallInProgress$outboundSchema, "TypeResponseWebSearchCallInProgress");
}

export function typeResponseWebSearchCallInProgressFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseWebSearchCallInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseWebSearchCallInProgress$inboundSchema, "TypeResponseWebSearchCallInProgress");
}

export type OpenResponsesStreamEventResponseWebSearchCallInProgress = {
  type: TypeResponseWebSearchCallInProgress;
  outputIndex: number;
  itemId: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseWebSearchCallInProgress as it is sent on the wire. */
export type OpenResponsesStreamEventResponseWebSearchCallInProgress$Outbound = {
  type: TypeResponseWebSearchCallInProgress;
  output_index: number;
  item_id: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseWebSearchCallInProgress$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseWebSearchCallInProgress, unknown> = objectInbound<OpenResponsesStreamEventResponseWebSearchCallInProgress>(
  {
    type: ["type", TypeResponseWebSearchCallInProgress$inboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseWebSearchCallInProgress$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseWebSearchCallInProgress$Outbound, OpenResponsesStreamEventResponseWebSearchCallInProgress> = objectOutbound<OpenResponsesStreamEventResponseWebSearchCallInProgress, OpenResponsesStreamEventResponseWebSearchCallInProgress$Outbound>(
  {
    type: ["type", TypeResponseWebSearchCallInProgress$outboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseWebSearchCallInProgressToJSON(value: OpenResponsesStreamEventResponseWebSearchCallInProgress): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseWebSearchCallInProgress$outboundSchema, "OpenResponsesStreamEventResponseWebSearchCallInProgress");
}

export function openResponsesStreamEventResponseWebSearchCallInProgressFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseWebSearchCallInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseWebSearchCallInProgress$inboundSchema, "OpenResponsesStreamEventResponseWebSearchCallInProgress");
}
