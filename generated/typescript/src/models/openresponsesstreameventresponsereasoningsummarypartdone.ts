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

export const TypeResponseReasoningSummaryPartDone = {
  ResponseReasoningSummaryPartDone: "response.reasoning_summary_part.done",
} as const;
export type TypeResponseReasoningSummaryPartDone = ClosedEnum<typeof TypeResponseReasoningSummaryPartDone>;

export const TypeResponseReasoningSummaryPartDone$inboundSchema: z.ZodType<TypeResponseReasoningSummaryPartDone, unknown> = enumSchema(TypeResponseReasoningSummaryPartDone);

export const TypeResponseReasoningSummaryPartDone$outboundSchema: z.ZodType<TypeResponseReasoningSummaryPartDone, TypeResponseReasoningSummaryPartDone> = enumSchema(TypeResponseReasoningSummaryPartDone);

export function typeResponseReasoningSummaryPartDoneToJSON(value: TypeResponseReasoningSummaryPartDone): string {
  return stringifyJSON(value, TypeResponseReasoningSummaryPartDone$outboundSchema, "TypeResponseReasoningSummaryPartDone");
}

export function typeResponseReasoningSummaryPartDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseReasoningSummaryPartDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseReasoningSummaryPartDone$inboundSchema, "TypeResponseReasoningSummaryPartDone");
}

export const OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus = {
  Incomplete: "incomplete",
} as const;
export type OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus = ClosedEnum<typeof OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus>;

export const OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus, unknown> = enumSchema(OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus);

export const OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus, OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus> = enumSchema(OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus);

export function openResponsesStreamEventResponseReasoningSummaryPartDoneStatusToJSON(value: OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus$outboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus");
}

export function openResponsesStreamEventResponseReasoningSummaryPartDoneStatusFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus$inboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus");
}

export const OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType = {
  SummaryText: "summary_text",
} as const;
export type OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType = ClosedEnum<typeof OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType>;

export const OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType, unknown> = enumSchema(OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType);

export const OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType, OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType> = enumSchema(OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType);

export function openResponsesStreamEventResponseReasoningSummaryPartDonePartTypeToJSON(value: OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType$outboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType");
}

export function openResponsesStreamEventResponseReasoningSummaryPartDonePartTypeFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType$inboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType");
}

export type OpenResponsesStreamEventResponseReasoningSummaryPartDonePart = {
  type: OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType;
  text: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseReasoningSummaryPartDonePart as it is sent on the wire. */
export type OpenResponsesStreamEventResponseReasoningSummaryPartDonePart$Outbound = {
  type: OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType;
  text: string;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseReasoningSummaryPartDonePart$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartDonePart, unknown> = objectInbound<OpenResponsesStreamEventResponseReasoningSummaryPartDonePart>(
  {
    type: ["type", OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType$inboundSchema],
    text: ["text", z.string()],
  },
);

export const OpenResponsesStreamEventResponseReasoningSummaryPartDonePart$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartDonePart$Outbound, OpenResponsesStreamEventResponseReasoningSummaryPartDonePart> = objectOutbound<OpenResponsesStreamEventResponseReasoningSummaryPartDonePart, OpenResponsesStreamEventResponseReasoningSummaryPartDonePart$Outbound>(
  {
    type: ["type", OpenResponsesStreamEventResponseReasoningSummaryPartDonePartType$outboundSchema],
    text: ["text", z.string()],
  },
);

export function openResponsesStreamEventResponseReasoningSummaryPartDonePartToJSON(value: OpenResponsesStreamEventResponseReasoningSummaryPartDonePart): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningSummaryPartDonePart$outboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartDonePart");
}

export function openResponsesStreamEventResponseReasoningSummaryPartDonePartFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningSummaryPartDonePart, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningSummaryPartDonePart$inboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartDonePart");
}

export type OpenResponsesStreamEventResponseReasoningSummaryPartDone = {
  type: TypeResponseReasoningSummaryPartDone;
  itemId: string;
  outputIndex: number;
  summaryIndex: number;
  status?: OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus | undefined;
  sequenceNumber: number;
  part: OpenResponsesStreamEventResponseReasoningSummaryPartDonePart;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseReasoningSummaryPartDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseReasoningSummaryPartDone$Outbound = {
  type: TypeResponseReasoningSummaryPartDone;
  item_id: string;
  output_index: number;
  summary_index: number;
  status?: OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus | undefined;
  sequence_number: number;
  part: OpenResponsesStreamEventResponseReasoningSummaryPartDonePart$Outbound;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseReasoningSummaryPartDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartDone, unknown> = objectInbound<OpenResponsesStreamEventResponseReasoningSummaryPartDone>(
  {
    type: ["type", TypeResponseReasoningSummaryPartDone$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    summaryIndex: ["summary_index", z.int()],
    status: ["status", OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus$inboundSchema.optional()],
    sequenceNumber: ["sequence_number", z.int()],
    part: ["part", OpenResponsesStreamEventResponseReasoningSummaryPartDonePart$inboundSchema],
  },
);

export const OpenResponsesStreamEventResponseReasoningSummaryPartDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseReasoningSummaryPartDone$Outbound, OpenResponsesStreamEventResponseReasoningSummaryPartDone> = objectOutbound<OpenResponsesStreamEventResponseReasoningSummaryPartDone, OpenResponsesStreamEventResponseReasoningSummaryPartDone$Outbound>(
  {
    type: ["type", TypeResponseReasoningSummaryPartDone$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    summaryIndex: ["summary_index", z.int()],
    status: ["status", OpenResponsesStreamEventResponseReasoningSummaryPartDoneStatus$outboundSchema.optional()],
    sequenceNumber: ["sequence_number", z.int()],
    part: ["part", OpenResponsesStreamEventResponseReasoningSummaryPartDonePart$outboundSchema],
  },
);

export function openResponsesStreamEventResponseReasoningSummaryPartDoneToJSON(value: OpenResponsesStreamEventResponseReasoningSummaryPartDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseReasoningSummaryPartDone$outboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartDone");
}

export function openResponsesStreamEventResponseReasoningSummaryPartDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseReasoningSummaryPartDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseReasoningSummaryPartDone$inboundSchema, "OpenResponsesStreamEventResponseReasoningSummaryPartDone");
}
