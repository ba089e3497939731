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
 * The event type, always `response.image_generation_call.completed`.
 */
export const TypeResponseImageGenerationCallCompleted = {
  ResponseImageGenerationCallCompleted: "response.image_generation_call.completed",
} as const;
/**
 * The event type, always `response.image_generation_call.completed`.
 */
export type TypeResponseImageGenerationCallCompleted = ClosedEnum<typeof TypeResponseImageGenerationCallCompleted>;

export const TypeResponseImageGenerationCallCompleted$inboundSchema: z.ZodType<TypeResponseImageGenerationCallCompleted, unknown> = enumSchema(TypeResponseImageGenerationCallCompleted);

export const TypeResponseImageGenerationCallCompleted$outboundSchema: z.ZodType<TypeResponseImageGenerationCallCompleted, TypeResponseImageGenerationCallCompleted> = enumSchema(TypeResponseImageGenerationCallCompleted);

export function typeResponseImageGenerationCallCompletedToJSON(value: TypeResponseImageGenerationCallCompleted): string {
  return stringifyJSON(value, TypeResponseImageGenerationCallCompleted$outboundSchema, "TypeResponseImageGenerationCallCompleted");
}

export function typeResponseImageGenerationCallCompletedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseImageGenerationCallCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseImageGenerationCallCompleted$inboundSchema, "TypeResponseImageGenerationCallCompleted");
}

/**
 * Sent when an image generation tool call has finished and the final image is available.
 */
export type OpenResponsesStreamEventResponseImageGenerationCallCompleted = {
  /**
   * The event type, always `response.image_generation_call.completed`.
   */
  type: TypeResponseImageGenerationCallCompleted;
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

/** OpenResponsesStreamEventResponseImageGenerationCallCompleted as it is sent on the wire. */
export type OpenResponsesStreamEventResponseImageGenerationCallCompleted$Outbound = {
  type: TypeResponseImageGenerationCallCompleted;
  item_id: string;
  output_index: number;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseImageGenerationCallCompleted$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseImageGenerationCallCompleted, unknown> = objectInbound<OpenResponsesStreamEventResponseImageGenerationCallCompleted>(
  {
    type: ["type", TypeResponseImageGenerationCallCompleted$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseImageGenerationCallCompleted$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseImageGenerationCallCompleted$Outbound, OpenResponsesStreamEventResponseImageGenerationCallCompleted> = objectOutbound<OpenResponsesStreamEventResponseImageGenerationCallCompleted, OpenResponsesStreamEventResponseImageGenerationCallCompleted$Outbound>(
  {
    type: ["type", TypeResponseImageGenerationCallCompleted$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseImageGenerationCallCompletedToJSON(value: OpenResponsesStreamEventResponseImageGenerationCallCompleted): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseImageGenerationCallCompleted$outboundSchema, "OpenResponsesStreamEventResponseImageGenerationCallCompleted");
}

export function openResponsesStreamEventResponseImageGenerationCallCompletedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseImageGenerationCallCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseImageGenerationCallCompleted$inboundSchema, "OpenResponsesStreamEventResponseImageGenerationCallCompleted");
}
