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

export const TypeResponseMcpCallFailed = {
  ResponseMcpCallFailed: "response.mcp_call.failed",
} as const;
export type TypeResponseMcpCallFailed = ClosedEnum<typeof TypeResponseMcpCallFailed>;

export const TypeResponseMcpCallFailed$inboundSchema: z.ZodType<TypeResponseMcpCallFailed, unknown> = enumSchema(TypeResponseMcpCallFailed);

export const TypeResponseMcpCallFailed$outboundSchema: z.ZodType<TypeResponseMcpCallFailed, TypeResponseMcpCallFailed> = enumSchema(TypeResponseMcpCallFailed);

export function typeResponseMcpCallFailedToJSON(value: TypeResponseMcpCallFailed): string {
  return stringifyJSON(value, TypeResponseMcpCallFailed$outboundSchema, "TypeResponseMcpCallFailed");
}

export function typeResponseMcpCallFailedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseMcpCallFailed, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseMcpCallFailed$inboundSchema, "TypeResponseMcpCallFailed");
}

export type OpenResponsesStreamEventResponseMcpCallFailed = {
  type: TypeResponseMcpCallFailed;
  itemId: string;
  outputIndex: number;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseMcpCallFailed as it is sent on the wire. */
export type OpenResponsesStreamEventResponseMcpCallFailed$Outbound = {
  type: TypeResponseMcpCallFailed;
  item_id: string;
  output_index: number;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseMcpCallFailed$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpCallFailed, unknown> = objectInbound<OpenResponsesStreamEventResponseMcpCallFailed>(
  {
    type: ["type", TypeResponseMcpCallFailed$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseMcpCallFailed$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpCallFailed$Outbound, OpenResponsesStreamEventResponseMcpCallFailed> = objectOutbound<OpenResponsesStreamEventResponseMcpCallFailed, OpenResponsesStreamEventResponseMcpCallFailed$Outbound>(
  {
    type: ["type", TypeResponseMcpCallFailed$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseMcpCallFailedToJSON(value: OpenResponsesStreamEventResponseMcpCallFailed): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseMcpCallFailed$outboundSchema, "OpenResponsesStreamEventResponseMcpCallFailed");
}

export function openResponsesStreamEventResponseMcpCallFailedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseMcpCallFailed, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseMcpCallFailed$inboundSchema, "OpenResponsesStreamEventResponseMcpCallFailed");
}
