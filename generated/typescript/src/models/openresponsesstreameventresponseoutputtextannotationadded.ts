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
  Annotation$inboundSchema,
  Annotation$outboundSchema,
  type Annotation,
  type Annotation$Outbound,
} from "./annotation.js";

export const TypeResponseOutputTextAnnotationAdded = {
  ResponseOutputTextAnnotationAdded: "response.output_text.annotation.added",
} as const;
export type TypeResponseOutputTextAnnotationAdded = ClosedEnum<typeof TypeResponseOutputTextAnnotationAdded>;

export const TypeResponseOutputTextAnnotationAdded$inboundSchema: z.ZodType<TypeResponseOutputTextAnnotationAdded, unknown> = enumSchema(TypeResponseOutputTextAnnotationAdded);

export const TypeResponseOutputTextAnnotationAdded$outboundSchema: z.ZodType<TypeResponseOutputTextAnnotationAdded, TypeResponseOutputTextAnnotationAdded> = enumSchema(TypeResponseOutputTextAnnotationAdded);

export function typeResponseOutputTextAnnotationAddedToJSON(value: TypeResponseOutputTextAnnotationAdded): string {
  return stringifyJSON(value, TypeResponseOutputTextAnnotationAdded$outboundSchema, "TypeResponseOutputTextAnnotationAdded");
}

export function typeResponseOutputTextAnnotationAddedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseOutputTextAnnotationAdded, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseOutputTextAnnotationAdded$inboundSchema, "TypeResponseOutputTextAnnotationAdded");
}

export type OpenResponsesStreamEventResponseOutputTextAnnotationAdded = {
  type: TypeResponseOutputTextAnnotationAdded;
  itemId: string;
  outputIndex: number;
  contentIndex: number;
  annotationIndex: number;
  sequenceNumber: number;
  annotation: Annotation | null;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseOutputTextAnnotationAdded as it is sent on the wire. */
export type OpenResponsesStreamEventResponseOutputTextAnnotationAdded$Outbound = {
  type: TypeResponseOutputTextAnnotationAdded;
  item_id: string;
  output_index: number;
  content_index: number;
  annotation_index: number;
  sequence_number: number;
  annotation: Annotation$Outbound | null;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseOutputTextAnnotationAdded$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputTextAnnotationAdded, unknown> = objectInbound<OpenResponsesStreamEventResponseOutputTextAnnotationAdded>(
  {
    type: ["type", TypeResponseOutputTextAnnotationAdded$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    annotationIndex: ["annotation_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    annotation: ["annotation", Annotation$inboundSchema.nullable()],
  },
);

export const OpenResponsesStreamEventResponseOutputTextAnnotationAdded$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputTextAnnotationAdded$Outbound, OpenResponsesStreamEventResponseOutputTextAnnotationAdded> = objectOutbound<OpenResponsesStreamEventResponseOutputTextAnnotationAdded, OpenResponsesStreamEventResponseOutputTextAnnotationAdded$Outbound>(
  {
    type: ["type", TypeResponseOutputTextAnnotationAdded$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    annotationIndex: ["annotation_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    annotation: ["annotation", Annotation$outboundSchema.nullable()],
  },
);

export function openResponsesStreamEventResponseOutputTextAnnotationAddedToJSON(value: OpenResponsesStreamEventResponseOutputTextAnnotationAdded): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseOutputTextAnnotationAdded$outboundSchema, "OpenResponsesStreamEventResponseOutputTextAnnotationAdded");
}

export function openResponsesStreamEventResponseOutputTextAnnotationAddedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseOutputTextAnnotationAdded, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseOutputTextAnnotationAdded$inboundSchema, "OpenResponsesStreamEventResponseOutputTextAnnotationAdded");
}
