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

export const TypeResponseMcpListToolsFailed = {
  ResponseMcpListToolsFailed: "response.mcp_list_tools.failed",
} as const;
export type TypeResponseMcpListToolsFailed = ClosedEnum<typeof TypeResponseMcpListToolsFailed>;

export const TypeResponseMcpListToolsFailed$inboundSchema: z.ZodType<TypeResponseMcpListToolsFailed, unknown> = enumSchema(TypeResponseMcpListToolsFailed);

export const TypeResponseMcpListToolsFailed$outboundSchema: z.ZodType<TypeResponseMcpListToolsFailed, TypeResponseMcpListToolsFailed> = enumSchema(TypeResponseMcpListToolsFailed);

export function typeResponseMcpListToolsFailedToJSON(value: TypeResponseMcpListToolsFailed): string {
  return stringifyJSON(value, TypeResponseMcpListToolsFailed$outboundSchema, "TypeResponseMcpListToolsFailed");
}

export function typeResponseMcpListToolsFailedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseMcpListToolsFailed, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseMcpListToolsFailed$inboundSchema, "TypeResponseMcpListToolsFailed");
}

export type OpenResponsesStreamEventResponseMcpListToolsFailed = {
  type: TypeResponseMcpListToolsFailed;
  itemId: string;
  outputIndex: number;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseMcpListToolsFailed as it is sent on the wire. */
export type OpenResponsesStreamEventResponseMcpListToolsFailed$Outbound = {
  type: TypeResponseMcpListToolsFailed;
  item_id: string;
  output_index: number;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseMcpListToolsFailed$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpListToolsFailed, unknown> = objectInbound<OpenResponsesStreamEventResponseMcpListToolsFailed>(
  {
    type: ["type", TypeResponseMcpListToolsFailed$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseMcpListToolsFailed$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpListToolsFailed$Outbound, OpenResponsesStreamEventResponseMcpListToolsFailed> = objectOutbound<OpenResponsesStreamEventResponseMcpListToolsFailed, OpenResponsesStreamEventResponseMcpListToolsFailed$Outbound>(
  {
    type: ["type", TypeResponseMcpListToolsFailed$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseMcpListToolsFailedToJSON(value: OpenResponsesStreamEventResponseMcpListToolsFailed): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseMcpListToolsFailed$outboundSchema, "OpenResponsesStreamEventResponseMcpListToolsFailed");
}

export function openResponsesStreamEventResponseMcpListToolsFailedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseMcpListToolsFailed, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseMcpListToolsFailed$inboundSchema, "OpenResponsesStreamEventResponseMcpListToolsFailed");
}
