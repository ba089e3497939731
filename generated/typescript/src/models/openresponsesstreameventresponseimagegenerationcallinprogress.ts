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
 * The event type, always `response.image_generation_call.in_progress`.
 */
export const TypeResponseImageGenerationCallInProgress = {
  ResponseImageGenerationCallInProgress: "response.image_generation_call.in_progress",
} as const;
/**
 * The event type, always `response.image_generation_call.in_progress`.
 */
export type TypeResponseImageGenerationCallInProgress = ClosedEnum<typeof TypeResponseImageGenerationCallInProgress>;

export const TypeResponseImageGenerationCallInProgress$inboundSchema: z.ZodType<TypeResponseImageGenerationCallInProgress, unknown> = enumSchema(TypeResponseImageGenerationCallInProgress);

export const TypeResponseImageGenerationCallInProgress$outboundSchema: z.ZodType<TypeResponseImageGenerationCallInProgress, TypeResponseImageGenerationCallInProgress> = enumSchema(TypeResponseImageGenerationCallInProgress);

export function typeResponseImageGenerationCallInProgressToJSON(value: TypeResponseImageGenerationCallInProgress): string {
  return stringifyJSON(value, TypeResponseImageGenerationCallInProgress$outboundSchema, "TypeResponseImageGenerationCallInProgress");
}

export function typeResponseImageGenerationCallInProgressFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseImageGenerationCallInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseImageGenerationCallInProgress$inboundSchema, "TypeResponseImageGenerationCallInProgress");
}

/**
 * Sent when an image generation tool call has started and is in progress.
 */
export type OpenResponsesStreamEventResponseImageGenerationCallInProgress = {
  /**
   * The event type, always `response.image_generation_call.in_progress`.
   */
  type: TypeResponseImageGenerationCallInProgress;
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

/** OpenResponsesStreamEventResponseImageGenerationCallInProgress as it is sent on the wire. */
export type OpenResponsesStreamEventResponseImageGenerationCallInProgress$Outbound = {
  type: TypeResponseImageGenerationCallInProgress;
  item_id: string;
  output_index: number;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseImageGenerationCallInProgress$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseImageGenerationCallInProgress, unknown> = objectInbound<OpenResponsesStreamEventResponseImageGenerationCallInProgress>(
  {
    type: ["type", TypeResponseImageGenerationCallInProgress$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseImageGenerationCallInProgress$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseImageGenerationCallInProgress$Outbound, OpenResponsesStreamEventResponseImageGenerationCallInProgress> = objectOutbound<OpenResponsesStreamEventResponseImageGenerationCallInProgress, OpenResponsesStreamEventResponseImageGenerationCallInProgress$Outbound>(
  {
    type: ["type", TypeResponseImageGenerationCallInProgress$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseImageGenerationCallInProgressToJSON(value: OpenResponsesStreamEventResponseImageGenerationCallInProgress): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseImageGenerationCallInProgress$outboundSchema, "OpenResponsesStreamEventResponseImageGenerationCallInProgress");
}

export function openResponsesStreamEventResponseImageGenerationCallInProgressFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseImageGenerationCallInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseImageGenerationCallInProgress$inboundSchema, "OpenResponsesStreamEventResponseImageGenerationCallInProgress");
}
