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
import {
  OutputContent$inboundSchema,
  OutputContent$outboundSchema,
  type OutputContent,
  type OutputContent$Outbound,
} from "./outputcontent.js";

export const TypeResponseContentPartDone = {
  ResponseContentPartDone: "response.content_part.done",
} as const;
export type TypeResponseContentPartDone = ClosedEnum<typeof TypeResponseContentPartDone>;

export const TypeResponseContentPartDone$inboundSchema: z.ZodType<TypeResponseContentPartDone, unknown> = enumSchema(TypeResponseContentPartDone);

export const TypeResponseContentPartDone$outboundSchema: z.ZodType<TypeResponseContentPartDone, TypeResponseContentPartDone> = enumSchema(TypeResponseContentPartDone);

export function typeResponseContentPartDoneToJSON(value: TypeResponseContentPartDone): string {
  return stringifyJSON(value, TypeResponseContentPartDone$outboundSchema, "TypeResponseContentPartDone");
}

export function typeResponseContentPartDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseContentPartDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseContentPartDone$inboundSchema, "TypeResponseContentPartDone");
}

export type OpenResponsesStreamEventResponseContentPartDone = {
  type: TypeResponseContentPartDone;
  itemId: string;
  outputIndex: number;
  contentIndex: number;
  sequenceNumber: number;
  part: OutputContent;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseContentPartDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseContentPartDone$Outbound = {
  type: TypeResponseContentPartDone;
  item_id: string;
  output_index: number;
  content_index: number;
  sequence_number: number;
  part: OutputContent$Outbound;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseContentPartDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseContentPartDone, unknown> = objectInbound<OpenResponsesStreamEventResponseContentPartDone>(
  {
    type: ["type", TypeResponseContentPartDone$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    part: ["part", OutputContent$inboundSchema],
  },
);

export const OpenResponsesStreamEventResponseContentPartDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseContentPartDone$Outbound, OpenResponsesStreamEventResponseContentPartDone> = objectOutbound<OpenResponsesStreamEventResponseContentPartDone, OpenResponsesStreamEventResponseContentPartDone$Outbound>(
  {
    type: ["type", TypeResponseContentPartDone$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    part: ["part", OutputContent$outboundSchema],
  },
);

export function openResponsesStreamEventResponseContentPartDoneToJSON(value: OpenResponsesStreamEventResponseContentPartDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseContentPartDone$outboundSchema, "OpenResponsesStreamEventResponseContentPartDone");
}

export function openResponsesStreamEventResponseContentPartDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseContentPartDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseContentPartDone$inboundSchema, "OpenResponsesStreamEventResponseContentPartDone");
}
