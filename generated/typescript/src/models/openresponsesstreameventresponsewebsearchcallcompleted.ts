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

export const OpenResponsesStreamEventResponseWebSearchCallCompleted$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseWebSearchCallCompleted, unknown> = objectInbound(
  {
    type: TypeResponseWebSearchCallCompleted$inboundSchema,
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

export const OpenResponsesStreamEventResponseWebSearchCallCompleted$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseWebSearchCallCompleted$Outbound, OpenResponsesStreamEventResponseWebSearchCallCompleted> = objectOutbound(
  {
    type: TypeResponseWebSearchCallCompleted$outboundSchema,
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

export function openResponsesStreamEventResponseWebSearchCallCompletedToJSON(value: OpenResponsesStreamEventResponseWebSearchCallCompleted): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseWebSearchCallCompleted$outboundSchema, "OpenResponsesStreamEventResponseWebSearchCallCompleted");
}

export function openResponsesStreamEventResponseWebSearchCallCompletedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseWebSearchCallCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseWebSearchCallCompleted$inboundSchema, "OpenResponsesStreamEventResponseWebSearchCallCompleted");
}
