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

export const TypeResponseMcpCallArgumentsDone = {
  ResponseMcpCallArgumentsDone: "response.mcp_call_arguments.done",
} as const;
export type TypeResponseMcpCallArgumentsDone = ClosedEnum<typeof TypeResponseMcpCallArgumentsDone>;

export const TypeResponseMcpCallArgumentsDone$inboundSchema: z.ZodType<TypeResponseMcpCallArgumentsDone, unknown> = enumSchema(TypeResponseMcpCallArgumentsDone);

export const TypeResponseMcpCallArgumentsDone$outboundSchema: z.ZodType<TypeResponseMcpCallArgumentsDone, TypeResponseMcpCallArgumentsDone> = enumSchema(TypeResponseMcpCallArgumentsDone);

export function typeResponseMcpCallArgumentsDoneToJSON(value: TypeResponseMcpCallArgumentsDone): string {
  return stringifyJSON(value, TypeResponseMcpCallArgumentsDone$outboundSchema, "TypeResponseMcpCallArgumentsDone");
}

export function typeResponseMcpCallArgumentsDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseMcpCallArgumentsDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseMcpCallArgumentsDone$inboundSchema, "TypeResponseMcpCallArgumentsDone");
}

export type OpenResponsesStreamEventResponseMcpCallArgumentsDone = {
  type: TypeResponseMcpCallArgumentsDone;
  outputIndex: number;
  itemId: string;
  arguments: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseMcpCallArgumentsDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseMcpCallArgumentsDone$Outbound = {
  type: TypeResponseMcpCallArgumentsDone;
  output_index: number;
  item_id: string;
  arguments: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseMcpCallArgumentsDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpCallArgumentsDone, unknown> = objectInbound<OpenResponsesStreamEventResponseMcpCallArgumentsDone>(
  {
    type: ["type", TypeResponseMcpCallArgumentsDone$inboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    arguments: ["arguments", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseMcpCallArgumentsDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpCallArgumentsDone$Outbound, OpenResponsesStreamEventResponseMcpCallArgumentsDone> = objectOutbound<OpenResponsesStreamEventResponseMcpCallArgumentsDone, OpenResponsesStreamEventResponseMcpCallArgumentsDone$Outbound>(
  {
    type: ["type", TypeResponseMcpCallArgumentsDone$outboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    arguments: ["arguments", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseMcpCallArgumentsDoneToJSON(value: OpenResponsesStreamEventResponseMcpCallArgumentsDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseMcpCallArgumentsDone$outboundSchema, "OpenResponsesStreamEventResponseMcpCallArgumentsDone");
}

export function openResponsesStreamEventResponseMcpCallArgumentsDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseMcpCallArgumentsDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseMcpCallArgumentsDone$inboundSchema, "OpenResponsesStreamEventResponseMcpCallArgumentsDone");
}
