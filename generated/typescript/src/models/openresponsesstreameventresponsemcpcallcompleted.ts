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

export const TypeResponseMcpCallCompleted = {
  ResponseMcpCallCompleted: "response.mcp_call.completed",
} as const;
export type TypeResponseMcpCallCompleted = ClosedEnum<typeof TypeResponseMcpCallCompleted>;

export const TypeResponseMcpCallCompleted$inboundSchema: z.ZodType<TypeResponseMcpCallCompleted, unknown> = enumSchema(TypeResponseMcpCallCompleted);

export const TypeResponseMcpCallCompleted$outboundSchema: z.ZodType<TypeResponseMcpCallCompleted, TypeResponseMcpCallCompleted> = enumSchema(TypeResponseMcpCallCompleted);

export function typeResponseMcpCallCompletedToJSON(value: TypeResponseMcpCallCompleted): string {
  return stringifyJSON(value, TypeResponseMcpCallCompleted$outboundSchema, "TypeResponseMcpCallCompleted");
}

export function typeResponseMcpCallCompletedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseMcpCallCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseMcpCallCompleted$inboundSchema, "TypeResponseMcpCallCompleted");
}

export type OpenResponsesStreamEventResponseMcpCallCompleted = {
  type: TypeResponseMcpCallCompleted;
  itemId: string;
  outputIndex: number;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseMcpCallCompleted as it is sent on the wire. */
export type OpenResponsesStreamEventResponseMcpCallCompleted$Outbound = {
  type: TypeResponseMcpCallCompleted;
  item_id: string;
  output_index: number;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseMcpCallCompleted$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpCallCompleted, unknown> = objectInbound<OpenResponsesStreamEventResponseMcpCallCompleted>(
  {
    type: ["type", TypeResponseMcpCallCompleted$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseMcpCallCompleted$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpCallCompleted$Outbound, OpenResponsesStreamEventResponseMcpCallCompleted> = objectOutbound<OpenResponsesStreamEventResponseMcpCallCompleted, OpenResponsesStreamEventResponseMcpCallCompleted$Outbound>(
  {
    type: ["type", TypeResponseMcpCallCompleted$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseMcpCallCompletedToJSON(value: OpenResponsesStreamEventResponseMcpCallCompleted): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseMcpCallCompleted$outboundSchema, "OpenResponsesStreamEventResponseMcpCallCompleted");
}

export function openResponsesStreamEventResponseMcpCallCompletedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseMcpCallCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseMcpCallCompleted$inboundSchema, "OpenResponsesStreamEventResponseMcpCallCompleted");
}
