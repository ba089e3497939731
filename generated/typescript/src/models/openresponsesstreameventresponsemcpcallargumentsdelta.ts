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

export const TypeResponseMcpCallArgumentsDelta = {
  ResponseMcpCallArgumentsDelta: "response.mcp_call_arguments.delta",
} as const;
export type TypeResponseMcpCallArgumentsDelta = ClosedEnum<typeof TypeResponseMcpCallArgumentsDelta>;

export const TypeResponseMcpCallArgumentsDelta$inboundSchema: z.ZodType<TypeResponseMcpCallArgumentsDelta, unknown> = enumSchema(TypeResponseMcpCallArgumentsDelta);

export const TypeResponseMcpCallArgumentsDelta$outboundSchema: z.ZodType<TypeResponseMcpCallArgumentsDelta, TypeResponseMcpCallArgumentsDelta> = enumSchema(TypeResponseMcpCallArgumentsDelta);

export function typeResponseMcpCallArgumentsDeltaToJSON(value: TypeResponseMcpCallArgumentsDelta): string {
  return stringifyJSON(value, TypeResponseMcpCallArgumentsDelta$outboundSchema, "TypeResponseMcpCallArgumentsDelta");
}

export function typeResponseMcpCallArgumentsDeltaFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseMcpCallArgumentsDelta, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseMcpCallArgumentsDelta$inboundSchema, "TypeResponseMcpCallArgumentsDelta");
}

export type OpenResponsesStreamEventResponseMcpCallArgumentsDelta = {
  type: TypeResponseMcpCallArgumentsDelta;
  outputIndex: number;
  itemId: string;
  delta: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseMcpCallArgumentsDelta as it is sent on the wire. */
export type OpenResponsesStreamEventResponseMcpCallArgumentsDelta$Outbound = {
  type: TypeResponseMcpCallArgumentsDelta;
  output_index: number;
  item_id: string;
  delta: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseMcpCallArgumentsDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpCallArgumentsDelta, unknown> = objectInbound<OpenResponsesStreamEventResponseMcpCallArgumentsDelta>(
  {
    type: ["type", TypeResponseMcpCallArgumentsDelta$inboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseMcpCallArgumentsDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpCallArgumentsDelta$Outbound, OpenResponsesStreamEventResponseMcpCallArgumentsDelta> = objectOutbound<OpenResponsesStreamEventResponseMcpCallArgumentsDelta, OpenResponsesStreamEventResponseMcpCallArgumentsDelta$Outbound>(
  {
    type: ["type", TypeResponseMcpCallArgumentsDelta$outboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseMcpCallArgumentsDeltaToJSON(value: OpenResponsesStreamEventResponseMcpCallArgumentsDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseMcpCallArgumentsDelta$outboundSchema, "OpenResponsesStreamEventResponseMcpCallArgumentsDelta");
}

export function openResponsesStreamEventResponseMcpCallArgumentsDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseMcpCallArgumentsDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseMcpCallArgumentsDelta$inboundSchema, "OpenResponsesStreamEventResponseMcpCallArgumentsDelta");
}
