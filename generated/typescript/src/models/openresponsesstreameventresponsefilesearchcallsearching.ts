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

export const TypeResponseFileSearchCallSearching = {
  ResponseFileSearchCallSearching: "response.file_search_call.searching",
} as const;
export type TypeResponseFileSearchCallSearching = ClosedEnum<typeof TypeResponseFileSearchCallSearching>;

export const TypeResponseFileSearchCallSearching$inboundSchema: z.ZodType<TypeResponseFileSearchCallSearching, unknown> = enumSchema(TypeResponseFileSearchCallSearching);

export const TypeResponseFileSearchCallSearching$outboundSchema: z.ZodType<TypeResponseFileSearchCallSearching, TypeResponseFileSearchCallSearching> = enumSchema(TypeResponseFileSearchCallSearching);

export function typeResponseFileSearchCallSearchingToJSON(value: TypeResponseFileSearchCallSearching): string {
  return stringifyJSON(value, TypeResponseFileSearchCallSearching$outboundSchema, "TypeResponseFileSearchCallSearching");
}

export function typeResponseFileSearchCallSearchingFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseFileSearchCallSearching, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseFileSearchCallSearching$inboundSchema, "TypeResponseFileSearchCallSearching");
}

export type OpenResponsesStreamEventResponseFileSearchCallSearching = {
  type: TypeResponseFileSearchCallSearching;
  outputIndex: number;
  itemId: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseFileSearchCallSearching as it is sent on the wire. */
export type OpenResponsesStreamEventResponseFileSearchCallSearching$Outbound = {
  type: TypeResponseFileSearchCallSearching;
  output_index: number;
  item_id: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseFileSearchCallSearching$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseFileSearchCallSearching, unknown> = objectInbound<OpenResponsesStreamEventResponseFileSearchCallSearching>(
  {
    type: ["type", TypeResponseFileSearchCallSearching$inboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseFileSearchCallSearching$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseFileSearchCallSearching$Outbound, OpenResponsesStreamEventResponseFileSearchCallSearching> = objectOutbound<OpenResponsesStreamEventResponseFileSearchCallSearching, OpenResponsesStreamEventResponseFileSearchCallSearching$Outbound>(
  {
    type: ["type", TypeResponseFileSearchCallSearching$outboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseFileSearchCallSearchingToJSON(value: OpenResponsesStreamEventResponseFileSearchCallSearching): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseFileSearchCallSearching$outboundSchema, "OpenResponsesStreamEventResponseFileSearchCallSearching");
}

export function openResponsesStreamEventResponseFileSearchCallSearchingFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseFileSearchCallSearching, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseFileSearchCallSearching$inboundSchema, "OpenResponsesStreamEventResponseFileSearchCallSearching");
}
