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

export const TypeResponseReasoningSummaryPartAdded = {
  ResponseReasoningSummaryPartAdded: "response.reasoning_summary_part.added",
} as const;
export type TypeResponseReasoningSummaryPartAdded = ClosedEnum<typeof TypeResponseReasoningSummaryPartAdded>;

export const TypeResponseReasoningSummaryPartAdded$inboundSchema: z.ZodType<TypeResponseReasoningSummaryPartAdded, unknown> = enumSchema(TypeResponseReasoningSummaryPartAdded);

export const TypeResponseReasoningSummaryPartAdded$outboundSchema: z.ZodType<TypeResponseReasoningSummaryPartAdded, TypeResponseReasoningSummaryPartAdded> = enumSchema(TypeResponseReasoningSummaryPartAdded);

export function typeResponseReasoningSummaryPartAddedToJSON(value: TypeResponseReasoningSummaryPartAdded): string {
  return stringifyJSON(value, TypeResponseReasoningSummaryPartAdded$outboundSchema, "TypeResponseReasoningSummaryPartAdded");
}

export function typeResponseReasoningSummaryPartAddedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseReasoningSummaryPartAdded, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseReasoningSummaryPartAdded$inboundSchema, "TypeResponseReasoningSummaryPartAdded");
}

export const OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType = {
  SummaryText: "summary_text",
} as const;
export type OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType = ClosedEnum<typeof OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType>;

export const OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType, unknown> = enumSchema(OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType);

export const OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType, OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType> = enumSchema(OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType);

export function openResponsesStreamEventResponseReasoningSummaryPartAddedPartTypeToJSON(value: OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType$outboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType");
}

export function openResponsesStreamEventResponseReasoningSummaryPartAddedPartTypeFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType$inboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType");
}

export type OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart = {
  type: OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType;
  text: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart as it is sent on the wire. */
export type OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$Outbound = {
  type: OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType;
  text: string;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart, unknown> = objectInbound(
  {
    type: OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType$inboundSchema,
    text: z.string(),
  },
  (v) => ({
    type: v.type,
    text: v.text,
    ...collectAdditionalProperties(v, ["type", "text"]),
  }),
);

export const OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$Outbound, OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart> = objectOutbound(
  {
    type: OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType$outboundSchema,
    text: z.string(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    text: v.text,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "text"]),
  }),
);

export function openResponsesStreamEventResponseReasoningSummaryPartAddedPartToJSON(value: OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$outboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart");
}

export function openResponsesStreamEventResponseReasoningSummaryPartAddedPartFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$inboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart");
}

export type OpenResponsesStreamEventResponseReasoningSummaryPartAdded = {
  type: TypeResponseReasoningSummaryPartAdded;
  itemId: string;
  outputIndex: number;
  summaryIndex: number;
  sequenceNumber: number;
  part: OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseReasoningSummaryPartAdded as it is sent on the wire. */
export type OpenResponsesStreamEventResponseReasoningSummaryPartAdded$Outbound = {
  type: TypeResponseReasoningSummaryPartAdded;
  item_id: string;
  output_index: number;
  summary_index: number;
  sequence_number: number;
  part: OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$Outbound;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseReasoningSummaryPartAdded$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartAdded, unknown> = objectInbound(
  {
    type: TypeResponseReasoningSummaryPartAdded$inboundSchema,
    item_id: z.string(),
    output_index: z.int(),
    summary_index: z.int(),
    sequence_number: z.int(),
    part: OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$inboundSchema,
  },
  (v) => ({
    type: v.type,
    itemId: v.item_id,
    outputIndex: v.output_index,
    summaryIndex: v.summary_index,
    sequenceNumber: v.sequence_number,
    part: v.part,
    ...collectAdditionalProperties(v, ["type", "item_id", "output_index", "summary_index", "sequence_number", "part"]),
  }),
);

export const OpenResponsesStreamEventResponseReasoningSummaryPartAdded$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartAdded$Outbound, OpenResponsesStreamEventResponseReasoningSummaryPartAdded> = objectOutbound(
  {
    type: TypeResponseReasoningSummaryPartAdded$outboundSchema,
    itemId: z.string(),
    outputIndex: z.int(),
    summaryIndex: z.int(),
    sequenceNumber: z.int(),
    part: OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$outboundSchema,
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    item_id: v.itemId,
    output_index: v.outputIndex,
    summary_index: v.summaryIndex,
    sequence_number: v.sequenceNumber,
    part: v.part,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "item_id", "output_index", "summary_index", "sequence_number", "part"]),
  }),
);

export function openResponsesStreamEventResponseReasoningSummaryPartAddedToJSON(value: OpenResponsesStreamEventResponseReasoningSummaryPartAdded): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningSummaryPartAdded$outboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartAdded");
}

export function openResponsesStreamEventResponseReasoningSummaryPartAddedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningSummaryPartAdded, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningSummaryPartAdded$inboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartAdded");
}
