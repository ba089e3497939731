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

export const TypeResponseWebSearchCallSearching = {
  ResponseWebSearchCallSearching: "response.web_search_call.searching",
} as const;
export type TypeResponseWebSearchCallSearching = ClosedEnum<typeof TypeResponseWebSearchCallSearching>;

export const TypeResponseWebSearchCallSearching$inboundSchema: z.ZodType<TypeResponseWebSearchCallSearching, unknown> = enumSchema(TypeResponseWebSearchCallSearching);

export const TypeResponseWebSearchCallSearching$outboundSchema: z.ZodType<TypeResponseWebSearchCallSearching, TypeResponseWebSearchCallSearching> = enumSchema(TypeResponseWebSearchCallSearching);

export function typeResponseWebSearchCallSearchingToJSON(value: TypeResponseWebSearchCallSearching): string {
  return stringifyJSON(value, TypeResponseWebSearchCallSearching$outboundSchema, "TypeResponseWebSearchCallSearching");
}

export function typeResponseWebSearchCallSearchingFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseWebSearchCallSearching, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseWebSearchCallSearching$inboundSchema, "TypeResponseWebSearchCallSearching");
}

export type OpenResponsesStreamEventResponseWebSearchCallSearching = {
  type: TypeResponseWebSearchCallSearching;
  outputIndex: number;
  itemId: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseWebSearchCallSearching as it is sent on the wire. */
export type OpenResponsesStreamEventResponseWebSearchCallSearching$Outbound = {
  type: TypeResponseWebSearchCallSearching;
  output_index: number;
  item_id: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseWebSearchCallSearching$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseWebSearchCallSearching, unknown> = objectInbound<OpenResponsesStreamEventResponseWebSearchCallSearching>(
  {
    type: ["type", TypeResponseWebSearchCallSearching$inboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseWebSearchCallSearching$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseWebSearchCallSearching$Outbound, OpenResponsesStreamEventResponseWebSearchCallSearching> = objectOutbound<OpenResponsesStreamEventResponseWebSearchCallSearching, OpenResponsesStreamEventResponseWebSearchCallSearching$Outbound>(
  {
    type: ["type", TypeResponseWebSearchCallSearching$outboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseWebSearchCallSearchingToJSON(value: OpenResponsesStreamEventResponseWebSearchCallSearching): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseWebSearchCallSearching$outboundSchema, "OpenResponsesStreamEventResponseWebSearchCallSearching");
}

export function openResponsesStreamEventResponseWebSearchCallSearchingFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseWebSearchCallSearching, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseWebSearchCallSearching$inboundSchema, "OpenResponsesStreamEventResponseWebSearchCallSearching");
}
