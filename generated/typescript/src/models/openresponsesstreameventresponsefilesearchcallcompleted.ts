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

export const OpenResponsesStreamEventResponseFileSearchCallCompleted$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseFileSearchCallCompleted, unknown> = objectInbound(
  {
    type: TypeResponseFileSearchCallCompleted$inboundSchema,
    output_index: z.int(),
    item_id: z.string(),
    sequence_number: z.int(),
  },
  (v) => ({
    type: v.type,
    outputIndex: v.output_index,
    itemId: v.item_id,
    sequenceNumber: v.sequence_number,
    ...collectAdditionalProperties(v, ["type", "output_index", "item_id", "sequence_number"]),
  }),
);

export const OpenResponsesStreamEventResponseFileSearchCallCompleted$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseFileSearchCallCompleted$Outbound, OpenResponsesStreamEventResponseFileSearchCallCompleted> = objectOutbound(
  {
    type: TypeResponseFileSearchCallCompleted$outboundSchema,
    outputIndex: z.int(),
    itemId: z.string(),
    sequenceNumber: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    output_index: v.outputIndex,
    item_id: v.itemId,
    sequence_number: v.sequenceNumber,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "output_index", "item_id", "sequence_number"]),
  }),
);

export function openResponsesStreamEventResponseFileSearchCallCompletedToJSON(value: OpenResponsesStreamEventResponseFileSearchCallCompleted): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseFileSearchCallCompleted$outboundSchema, "OpenResponsesStreamEventResponseFileSearchCallCompleted");
}

export function openResponsesStreamEventResponseFileSearchCallCompletedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseFileSearchCallCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseFileSearchCallCompleted$inboundSchema, "OpenResponsesStreamEventResponseFileSearchCallCompleted");
}
