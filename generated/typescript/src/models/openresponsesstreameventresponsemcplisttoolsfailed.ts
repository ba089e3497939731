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

export const OpenResponsesStreamEventResponseMcpListToolsFailed$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpListToolsFailed, unknown> = objectInbound(
  {
    type: TypeResponseMcpListToolsFailed$inboundSchema,
    item_id: z.string(),
    output_index: z.int(),
    sequence_number: z.int(),
  },
  (v) => ({
    type: v.type,
    itemId: v.item_id,
    outputIndex: v.output_index,
    sequenceNumber: v.sequence_number,
    ...collectAdditionalProperties(v, ["type", "item_id", "output_index", "sequence_number"]),
  }),
);

export const OpenResponsesStreamEventResponseMcpListToolsFailed$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseMcpListToolsFailed$Outbound, OpenResponsesStreamEventResponseMcpListToolsFailed> = objectOutbound(
  {
    type: TypeResponseMcpListToolsFailed$outboundSchema,
    itemId: z.string(),
    outputIndex: z.int(),
    sequenceNumber: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    item_id: v.itemId,
    output_index: v.outputIndex,
    sequence_number: v.sequenceNumber,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "item_id", "output_index", "sequence_number"]),
  }),
);

export function openResponsesStreamEventResponseMcpListToolsFailedToJSON(value: OpenResponsesStreamEventResponseMcpListToolsFailed): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseMcpListToolsFailed$outboundSchema, "OpenResponsesStreamEventResponseMcpListToolsFailed");
}

export function openResponsesStreamEventResponseMcpListToolsFailedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseMcpListToolsFailed, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseMcpListToolsFailed$inboundSchema, "OpenResponsesStreamEventResponseMcpListToolsFailed");
}
