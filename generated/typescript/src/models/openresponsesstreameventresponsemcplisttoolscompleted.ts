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

export const TypeResponseMcpListToolsCompleted = {
  ResponseMcpListToolsCompleted: "response.mcp_list_tools.completed",
} as const;
export type TypeResponseMcpListToolsCompleted = ClosedEnum<typeof TypeResponseMcpListToolsCompleted>;

export const TypeResponseMcpListToolsCompleted$inboundSchema: z.ZodType<TypeResponseMcpListToolsCompleted, unknown> = enumSchema(TypeResponseMcpListToolsCompleted);

export const TypeResponseMcpListToolsCompleted$outboundSchema: z.ZodType<TypeResponseMcpListToolsCompleted, TypeResponseMcpListToolsCompleted> = enumSchema(TypeResponseMcpListToolsCompleted);

export function typeResponseMcpListToolsCompletedToJSON(value: TypeResponseMcpListToolsCompleted): string {
  return stringifyJSON(value, TypeResponseMcpListToolsCompleted$outboundSchema, "TypeResponseMcpListToolsCompleted");
}

export function typeResponseMcpListToolsCompletedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseMcpListToolsCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseMcpListToolsCompleted$inboundSchema, "TypeResponseMcpListToolsCompleted");
}

export type OpenResponsesStreamEventResponseMcpListToolsCompleted = {
  type: TypeResponseMcpListToolsCompleted;
  itemId: string;
  outputIndex: number;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseMcpListToolsCompleted as it is sent on the wire. */
export type OpenResponsesStreamEventResponseMcpListToolsCompleted$Outbound = {
  type: TypeResponseMcpListToolsCompleted;
  item_id: string;
  output_index: number;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseMcpListToolsCompleted$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpListToolsCompleted, unknown> = objectInbound<OpenResponsesStreamEventResponseMcpListToolsCompleted>(
  {
    type: ["type", TypeResponseMcpListToolsCompleted$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseMcpListToolsCompleted$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpListToolsCompleted$Outbound, OpenResponsesStreamEventResponseMcpListToolsCompleted> = objectOutbound<OpenResponsesStreamEventResponseMcpListToolsCompleted, OpenResponsesStreamEventResponseMcpListToolsCompleted$Outbound>(
  {
    type: ["type", TypeResponseMcpListToolsCompleted$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseMcpListToolsCompletedToJSON(value: OpenResponsesStreamEventResponseMcpListToolsCompleted): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseMcpListToolsCompleted$outboundSchema, "OpenResponsesStreamEventResponseMcpListToolsCompleted");
}

export function openResponsesStreamEventResponseMcpListToolsCompletedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseMcpListToolsCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseMcpListToolsCompleted$inboundSchema, "OpenResponsesStreamEventResponseMcpListToolsCompleted");
}
