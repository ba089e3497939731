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

export const OpenResponsesStreamEventResponseContentPartAdded$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseContentPartAdded, unknown> = objectInbound(
  {
    type: TypeResponseContentPartAdded$inboundSchema,
    item_id: z.string(),
    output_index: z.int(),
    content_index: z.int(),
    part: OutputContent$inboundSchema,
    sequence_number: z.int(),
  },
  (v) => ({
    type: v.type,
    itemId: v.item_id,
    outputIndex: v.output_index,
    contentIndex: v.content_index,
    part: v.part,
    sequenceNumber: v.sequence_number,
    ...collectAdditionalProperties(v, ["type", "item_id", "output_index", "content_index", "part", "sequence_number"]),
  }),
);

export const OpenResponsesStreamEventResponseContentPartAdded$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseContentPartAdded$Outbound, OpenResponsesStreamEventResponseContentPartAdded> = objectOutbound(
  {
    type: TypeResponseContentPartAdded$outboundSchema,
    itemId: z.string(),
    outputIndex: z.int(),
    contentIndex: z.int(),
    part: OutputContent$outboundSchema,
    sequenceNumber: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    item_id: v.itemId,
    output_index: v.outputIndex,
    content_index: v.contentIndex,
    part: v.part,
    sequence_number: v.sequenceNumber,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "item_id", "output_index", "content_index", "part", "sequence_number"]),
  }),
);

export function openResponsesStreamEventResponseContentPartAddedToJSON(value: OpenResponsesStreamEventResponseContentPartAdded): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseContentPartAdded$outboundSchema, "OpenResponsesStreamEventResponseContentPartAdded");
}

export function openResponsesStreamEventResponseContentPartAddedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseContentPartAdded, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseContentPartAdded$inboundSchema, "OpenResponsesStreamEventResponseContentPartAdded");
}
