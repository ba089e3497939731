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

export const TypeResponseWebSearchCallCompleted = {
  ResponseWebSearchCallCompleted: "response.web_search_call.completed",
} as const;
export type TypeResponseWebSearchCallCompleted = ClosedEnum<typeof TypeResponseWebSearchCallCompleted>;

export const TypeResponseWebSearchCallCompleted$inboundSchema: z.ZodType<TypeResponseWebSearchCallCompleted, unknown> = enumSchema(TypeResponseWebSearchCallCompleted);

export const TypeResponseWebSearchCallCompleted$outboundSchema: z.ZodType<TypeResponseWebSearchCallCompleted, TypeResponseWebSearchCallCompleted> = enumSchema(TypeResponseWebSearchCallCompleted);

export function typeResponseWebSearchCallCompletedToJSON(value: TypeResponseWebSearchCallCompleted): string {
  return stringifyJSON(value, TypeResponseWebSearchCallCompleted$outboundSchema, "TypeResponseWebSearchCallCompleted");
}

export function typeResponseWebSearchCallCompletedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseWebSearchCallCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseWebSearchCallCompleted$inboundSchema, "TypeResponseWebSearchCallCompleted");
}

export type OpenResponsesStreamEventResponseWebSearchCallCompleted = {
  type: TypeResponseWebSearchCallCompleted;
  outputIndex: number;
  itemId: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseWebSearchCallCompleted as it is sent on the wire. */
export type OpenResponsesStreamEventResponseWebSearchCallCompleted$Outbound = {
  type: TypeResponseWebSearchCallCompleted;
  output_index: number;
  item_id: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseWebSearchCallCompleted$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseWebSearchCallCompleted, unknown> = objectInbound<OpenResponsesStreamEventResponseWebSearchCallCompleted>(
  {
    type: ["type", TypeResponseWebSearchCallCompleted$inboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseWebSearchCallCompleted$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseWebSearchCallCompleted$Outbound, OpenResponsesStreamEventResponseWebSearchCallCompleted> = objectOutbound<OpenResponsesStreamEventResponseWebSearchCallCompleted, OpenResponsesStreamEventResponseWebSearchCallCompleted$Outbound>(
  {
    type: ["type", TypeResponseWebSearchCallCompleted$outboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseWebSearchCallCompletedToJSON(value: OpenResponsesStreamEventResponseWebSearchCallCompleted): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseWebSearchCallCompleted$outboundSchema, "OpenResponsesStreamEventResponseWebSearchCallCompleted");
}

export function openResponsesStreamEventResponseWebSearchCallCompletedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseWebSearchCallCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseWebSearchCallCompleted$inboundSchema, "OpenResponsesStreamEventResponseWebSearchCallCompleted");
}
