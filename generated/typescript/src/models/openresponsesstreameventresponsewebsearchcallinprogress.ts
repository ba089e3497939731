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

export const OpenResponsesStreamEventResponseWebSearchCallInProgress$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseWebSearchCallInProgress, unknown> = objectInbound(
  {
    type: TypeResponseWebSearchCallInProgress$inboundSchema,
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

export const OpenResponsesStreamEventResponseWebSearchCallInProgress$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseWebSearchCallInProgress$Outbound, OpenResponsesStreamEventResponseWebSearchCallInProgress> = objectOutbound(
  {
    type: TypeResponseWebSearchCallInProgress$outboundSchema,
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

export function openResponsesStreamEventResponseWebSearchCallInProgressToJSON(value: OpenResponsesStreamEventResponseWebSearchCallInProgress): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseWebSearchCallInProgress$outboundSchema, "OpenResponsesStreamEventResponseWebSearchCallInProgress");
}

export function openResponsesStreamEventResponseWebSearchCallInProgressFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseWebSearchCallInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseWebSearchCallInProgress$inboundSchema, "OpenResponsesStreamEventResponseWebSearchCallInProgress");
}
