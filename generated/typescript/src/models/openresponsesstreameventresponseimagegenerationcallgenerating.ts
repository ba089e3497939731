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

/**
 * The event type, always `response.image_generation_call.generating`.
 */
export const TypeResponseImageGenerationCallGenerating = {
  ResponseImageGenerationCallGenerating: "response.image_generation_call.generating",
} as const;
/**
 * The event type, always `response.image_generation_call.generating`.
 */
export type TypeResponseImageGenerationCallGenerating = ClosedEnum<typeof TypeResponseImageGenerationCallGenerating>;

export const TypeResponseImageGenerationCallGenerating$inboundSchema: z.ZodType<TypeResponseImageGenerationCallGenerating, unknown> = enumSchema(TypeResponseImageGenerationCallGenerating);

export const TypeResponseImageGenerationCallGenerating$outboundSchema: z.ZodType<TypeResponseImageGenerationCallGenerating, TypeResponseImageGenerationCallGenerating> = enumSchema(TypeResponseImageGenerationCallGenerating);

export function typeResponseImageGenerationCallGeneratingToJSON(value: TypeResponseImageGenerationCallGenerating): string {
  return stringifyJSON(value, TypeResponseImageGenerationCallGenerating$outboundSchema, "TypeResponseImageGenerationCallGenerating");
}

export function typeResponseImageGenerationCallGeneratingFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseImageGenerationCallGenerating, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseImageGenerationCallGenerating$inboundSchema, "TypeResponseImageGenerationCallGenerating");
}

/**
 * Sent while an image generation tool call is actively producing an image (an intermediate state).
 */
export type OpenResponsesStreamEventResponseImageGenerationCallGenerating = {
  /**
   * The event type, always `response.image_generation_call.generating`.
   */
  type: TypeResponseImageGenerationCallGenerating;
  /**
   * ID of the image generation output item this event is about.
   */
  itemId: string;
  /**
   * Position of that output item in the response's `output` array.
   */
  outputIndex: number;
  /**
   * Position of this event in the stream, for ordering.
   */
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseImageGenerationCallGenerating as it is sent on the wire. */
export type OpenResponsesStreamEventResponseImageGenerationCallGenerating$Outbound = {
  type: TypeResponseImageGenerationCallGenerating;
  item_id: string;
  output_index: number;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseImageGenerationCallGenerating$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseImageGenerationCallGenerating, unknown> = objectInbound<OpenResponsesStreamEventResponseImageGenerationCallGenerating>(
  {
    type: ["type", TypeResponseImageGenerationCallGenerating$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseImageGenerationCallGenerating$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseImageGenerationCallGenerating$Outbound, OpenResponsesStreamEventResponseImageGenerationCallGenerating> = objectOutbound<OpenResponsesStreamEventResponseImageGenerationCallGenerating, OpenResponsesStreamEventResponseImageGenerationCallGenerating$Outbound>(
  {
    type: ["type", TypeResponseImageGenerationCallGenerating$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseImageGenerationCallGeneratingToJSON(value: OpenResponsesStreamEventResponseImageGenerationCallGenerating): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseImageGenerationCallGenerating$outboundSchema, "OpenResponsesStreamEventResponseImageGenerationCallGenerating");
}

export function openResponsesStreamEventResponseImageGenerationCallGeneratingFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseImageGenerationCallGenerating, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseImageGenerationCallGenerating$inboundSchema, "OpenResponsesStreamEventResponseImageGenerationCallGenerating");
}
