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

export const OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart, unknown> = objectInbound<OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart>(
  {
    type: ["type", OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType$inboundSchema],
    text: ["text", z.string()],
  },
);

export const OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$Outbound, OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart> = objectOutbound<OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart, OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$Outbound>(
  {
    type: ["type", OpenResponsesStreamEventResponseReasoningSummaryPartAddedPartType$outboundSchema],
    text: ["text", z.string()],
  },
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

export const OpenResponsesStreamEventResponseReasoningSummaryPartAdded$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartAdded, unknown> = objectInbound<OpenResponsesStreamEventResponseReasoningSummaryPartAdded>(
  {
    type: ["type", TypeResponseReasoningSummaryPartAdded$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    summaryIndex: ["summary_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    part: ["part", OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$inboundSchema],
  },
);

export const OpenResponsesStreamEventResponseReasoningSummaryPartAdded$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartAdded$Outbound, OpenResponsesStreamEventResponseReasoningSummaryPartAdded> = objectOutbound<OpenResponsesStreamEventResponseReasoningSummaryPartAdded, OpenResponsesStreamEventResponseReasoningSummaryPartAdded$Outbound>(
  {
    type: ["type", TypeResponseReasoningSummaryPartAdded$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    summaryIndex: ["summary_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    part: ["part", OpenResponsesStreamEventResponseReasoningSummaryPartAddedPart$outboundSchema],
  },
);

export function openResponsesStreamEventResponseReasoningSummaryPartAddedToJSON(value: OpenResponsesStreamEventResponseReasoningSummaryPartAdded): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningSummaryPartAdded$outboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartAdded");
}

export function openResponsesStreamEventResponseReasoningSummaryPartAddedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningSummaryPartAdded, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningSummaryPartAdded$inboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartAdded");
}
