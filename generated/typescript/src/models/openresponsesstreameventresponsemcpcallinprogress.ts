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

export const TypeResponseMcpCallInProgress = {
  ResponseMcpCallInProgress: "response.mcp_call.in_progress",
} as const;
export type TypeResponseMcpCallInProgress = ClosedEnum<typeof TypeResponseMcpCallInProgress>;

export const TypeResponseMcpCallInProgress$inboundSchema: z.ZodType<TypeResponseMcpCallInProgress, unknown> = enumSchema(TypeResponseMcpCallInProgress);

export const TypeResponseMcpCallInProgress$outboundSchema: z.ZodType<TypeResponseMcpCallInProgress, TypeResponseMcpCallInProgress> = enumSchema(TypeResponseMcpCallInProgress);

export function typeResponseMcpCallInProgressToJSON(value: TypeResponseMcpCallInProgress): string {
  return stringifyJSON(value, TypeResponseMcpCallInProgress$outboundSchema, "TypeResponseMcpCallInProgress");
}

export function typeResponseMcpCallInProgressFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseMcpCallInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseMcpCallInProgress$inboundSchema, "TypeResponseMcpCallInProgress");
}

export type OpenResponsesStreamEventResponseMcpCallInProgress = {
  type: TypeResponseMcpCallInProgress;
  sequenceNumber: number;
  outputIndex: number;
  itemId: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseMcpCallInProgress as it is sent on the wire. */
export type OpenResponsesStreamEventResponseMcpCallInProgress$Outbound = {
  type: TypeResponseMcpCallInProgress;
  sequence_number: number;
  output_index: number;
  item_id: string;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseMcpCallInProgress$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpCallInProgress, unknown> = objectInbound(
  {
    type: TypeResponseMcpCallInProgress$inboundSchema,
    sequence_number: z.int(),
    output_index: z.int(),
    item_id: z.string(),
  },
  (v) => ({
    type: v.type,
    sequenceNumber: v.sequence_number,
    outputIndex: v.output_index,
    itemId: v.item_id,
    ...collectAdditionalProperties(v, ["type", "sequence_number", "output_index", "item_id"]),
  }),
);

export const OpenResponsesStreamEventResponseMcpCallInProgress$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpCallInProgress$Outbound, OpenResponsesStreamEventResponseMcpCallInProgress> = objectOutbound(
  {
    type: TypeResponseMcpCallInProgress$outboundSchema,
    sequenceNumber: z.int(),
    outputIndex: z.int(),
    itemId: z.string(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    sequence_number: v.sequenceNumber,
    output_index: v.outputIndex,
    item_id: v.itemId,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "sequence_number", "output_index", "item_id"]),
  }),
);

export function openResponsesStreamEventResponseMcpCallInProgressToJSON(value: OpenResponsesStreamEventResponseMcpCallInProgress): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseMcpCallInProgress$outboundSchema, "OpenResponsesStreamEventResponseMcpCallInProgress");
}

export function openResponsesStreamEventResponseMcpCallInProgressFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseMcpCallInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseMcpCallInProgress$inboundSchema, "OpenResponsesStreamEventResponseMcpCallInProgress");
}
