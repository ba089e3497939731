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

export const OpenResponsesStreamEventResponseMcpCallInProgress$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpCallInProgress, unknown> = objectInbound<OpenResponsesStreamEventResponseMcpCallInProgress>(
  {
    type: ["type", TypeResponseMcpCallInProgress$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
  },
);

export const OpenResponsesStreamEventResponseMcpCallInProgress$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpCallInProgress$Outbound, OpenResponsesStreamEventResponseMcpCallInProgress> = objectOutbound<OpenResponsesStreamEventResponseMcpCallInProgress, OpenResponsesStreamEventResponseMcpCallInProgress$Outbound>(
  {
    type: ["type", TypeResponseMcpCallInProgress$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
  },
);

export function openResponsesStreamEventResponseMcpCallInProgressToJSON(value: OpenResponsesStreamEventResponseMcpCallInProgress): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseMcpCallInProgress$outboundSchema, "OpenResponsesStreamEventResponseMcpCallInProgress");
}

export function openResponsesStreamEventResponseMcpCallInProgressFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseMcpCallInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseMcpCallInProgress$inboundSchema, "OpenResponsesStreamEventResponseMcpCallInProgress");
}
