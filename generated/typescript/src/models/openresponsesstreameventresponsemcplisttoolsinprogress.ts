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

export const TypeResponseMcpListToolsInProgress = {
  ResponseMcpListToolsInProgress: "response.mcp_list_tools.in_progress",
} as const;
export type TypeResponseMcpListToolsInProgress = ClosedEnum<typeof TypeResponseMcpListToolsInProgress>;

export const TypeResponseMcpListToolsInProgress$inboundSchema: z.ZodType<TypeResponseMcpListToolsInProgress, unknown> = enumSchema(TypeResponseMcpListToolsInProgress);

export const TypeResponseMcpListToolsInProgress$outboundSchema: z.ZodType<TypeResponseMcpListToolsInProgress, TypeResponseMcpListToolsInProgress> = enumSchema(TypeResponseMcpListToolsInProgress);

export function typeResponseMcpListToolsInProgressToJSON(value: TypeResponseMcpListToolsInProgress): string {
  return stringifyJSON(value, TypeResponseMcpListToolsInProgress$outboundSchema, "TypeResponseMcpListToolsInProgress");
}

export function typeResponseMcpListToolsInProgressFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseMcpListToolsInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseMcpListToolsInProgress$inboundSchema, "TypeResponseMcpListToolsInProgress");
}

export type OpenResponsesStreamEventResponseMcpListToolsInProgress = {
  type: TypeResponseMcpListToolsInProgress;
  itemId: string;
  outputIndex: number;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseMcpListToolsInProgress as it is sent on the wire. */
export type OpenResponsesStreamEventResponseMcpListToolsInProgress$Outbound = {
  type: TypeResponseMcpListToolsInProgress;
  item_id: string;
  output_index: number;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseMcpListToolsInProgress$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpListToolsInProgress, unknown> = objectInbound<OpenResponsesStreamEventResponseMcpListToolsInProgress>(
  {
    type: ["type", TypeResponseMcpListToolsInProgress$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseMcpListToolsInProgress$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpListToolsInProgress$Outbound, OpenResponsesStreamEventResponseMcpListToolsInProgress> = objectOutbound<OpenResponsesStreamEventResponseMcpListToolsInProgress, OpenResponsesStreamEventResponseMcpListToolsInProgress$Outbound>(
  {
    type: ["type", TypeResponseMcpListToolsInProgress$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseMcpListToolsInProgressToJSON(value: OpenResponsesStreamEventResponseMcpListToolsInProgress): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseMcpListToolsInProgress$outboundSchema, "OpenResponsesStreamEventResponseMcpListToolsInProgress");
}

export function openResponsesStreamEventResponseMcpListToolsInProgressFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseMcpListToolsInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseMcpListToolsInProgress$inboundSchema, "OpenResponsesStreamEventResponseMcpListToolsInProgress");
}
