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

export const TypeResponseContentPartAdded = {
  ResponseContentPartAdded: "response.content_part.added",
} as const;
export type TypeResponseContentPartAdded = ClosedEnum<typeof TypeResponseContentPartAdded>;

export const TypeResponseContentPartAdded$inboundSchema: z.ZodType<TypeResponseContentPartAdded, unknown> = enumSchema(TypeResponseContentPartAdded);

export const TypeResponseContentPartAdded$outboundSchema: z.ZodType<TypeResponseContentPartAdded, TypeResponseContentPartAdded> = enumSchema(TypeResponseContentPartAdded);

export function typeResponseContentPartAddedToJSON(value: TypeResponseContentPartAdded): string {
  return stringifyJSON(value, TypeResponseContentPartAdded$outboundSchema, "TypeResponseContentPartAdded");
}

export function typeResponseContentPartAddedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseContentPartAdded, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseContentPartAdded$inboundSchema, "TypeResponseContentPartAdded");
}

export type OpenResponsesStreamEventResponseContentPartAdded = {
  type: TypeResponseContentPartAdded;
  itemId: string;
  outputIndex: number;
  contentIndex: number;
  part: OutputContent;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseContentPartAdded as it is sent on the wire. */
export type OpenResponsesStreamEventResponseContentPartAdded$Outbound = {
  type: TypeResponseContentPartAdded;
  item_id: string;
  output_index: number;
  content_index: number;
  part: OutputContent$Outbound;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseContentPartAdded$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseContentPartAdded, unknown> = objectInbound<OpenResponsesStreamEventResponseContentPartAdded>(
  {
    type: ["type", TypeResponseContentPartAdded$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    part: ["part", OutputContent$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseContentPartAdded$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseContentPartAdded$Outbound, OpenResponsesStreamEventResponseContentPartAdded> = objectOutbound<OpenResponsesStreamEventResponseContentPartAdded, OpenResponsesStreamEventResponseContentPartAdded$Outbound>(
  {
    type: ["type", TypeResponseContentPartAdded$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    part: ["part", OutputContent$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseContentPartAddedToJSON(value: OpenResponsesStreamEventResponseContentPartAdded): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseContentPartAdded$outboundSchema, "OpenResponsesStreamEventResponseContentPartAdded");
}

export function openResponsesStreamEventResponseContentPartAddedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseContentPartAdded, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseContentPartAdded$inboundSchema, "OpenResponsesStreamEventResponseContentPartAdded");
}
