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
 * The event type, always `response.image_generation_call.partial_image`.
 */
export const TypeResponseImageGenerationCallPartialImage = {
  ResponseImageGenerationCallPartialImage: "response.image_generation_call.partial_image",
} as const;
/**
 * The event type, always `response.image_generation_call.partial_image`.
 */
export type TypeResponseImageGenerationCallPartialImage = ClosedEnum<typeof TypeResponseImageGenerationCallPartialImage>;

export const TypeResponseImageGenerationCallPartialImage$inboundSchema: z.ZodType<TypeResponseImageGenerationCallPartialImage, unknown> = enumSchema(TypeResponseImageGenerationCallPartialImage);

export const TypeResponseImageGenerationCallPartialImage$outboundSchema: z.ZodType<TypeResponseImageGenerationCallPartialImage, TypeResponseImageGenerationCallPartialImage> = enumSchema(TypeResponseImageGenerationCallPartialImage);

export function typeResponseImageGenerationCallPartialImageToJSON(value: TypeResponseImageGenerationCallPartialImage): string {
  return stringifyJSON(value, TypeResponseImageGenerationCallPartialImage$outboundSchema, "TypeResponseImageGenerationCallPartialImage");
}

export function typeResponseImageGenerationCallPartialImageFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseImageGenerationCallPartialImage, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseImageGenerationCallPartialImage$inboundSchema, "TypeResponseImageGenerationCallPartialImage");
}

/**
 * Sent when a partial (preview) image is ready while an image generation tool call streams.
 */
export type OpenResponsesStreamEventResponseImageGenerationCallPartialImage = {
  /**
   * The event type, always `response.image_generation_call.partial_image`.
   */
  type: TypeResponseImageGenerationCallPartialImage;
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
   * Which partial image this is, counting from 0.
   */
  partialImageIndex: number;
  /**
   * The partial image, base64-encoded.
   */
  partialImageB64: string;
  /**
   * Image size the call used.
   */
  size?: string | undefined;
  /**
   * Image quality the call used.
   */
  quality?: string | undefined;
  /**
   * Background setting the call used.
   */
  background?: string | undefined;
  /**
   * Output format the call used.
   */
  outputFormat?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseImageGenerationCallPartialImage as it is sent on the wire. */
export type OpenResponsesStreamEventResponseImageGenerationCallPartialImage$Outbound = {
  type: TypeResponseImageGenerationCallPartialImage;
  item_id: string;
  output_index: number;
  sequence_number: number;
  partial_image_index: number;
  partial_image_b64: string;
  size?: string | undefined;
  quality?: string | undefined;
  background?: string | undefined;
  output_format?: string | undefined;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseImageGenerationCallPartialImage$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseImageGenerationCallPartialImage, unknown> = objectInbound<OpenResponsesStreamEventResponseImageGenerationCallPartialImage>(
  {
    type: ["type", TypeResponseImageGenerationCallPartialImage$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    partialImageIndex: ["partial_image_index", z.int()],
    partialImageB64: ["partial_image_b64", z.string()],
    size: ["size", z.string().optional()],
    quality: ["quality", z.string().optional()],
    background: ["background", z.string().optional()],
    outputFormat: ["output_format", z.string().optional()],
  },
);

export const OpenResponsesStreamEventResponseImageGenerationCallPartialImage$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseImageGenerationCallPartialImage$Outbound, OpenResponsesStreamEventResponseImageGenerationCallPartialImage> = objectOutbound<OpenResponsesStreamEventResponseImageGenerationCallPartialImage, OpenResponsesStreamEventResponseImageGenerationCallPartialImage$Outbound>(
  {
    type: ["type", TypeResponseImageGenerationCallPartialImage$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    partialImageIndex: ["partial_image_index", z.int()],
    partialImageB64: ["partial_image_b64", z.string()],
    size: ["size", z.string().optional()],
    quality: ["quality", z.string().optional()],
    background: ["background", z.string().optional()],
    outputFormat: ["output_format", z.string().optional()],
  },
);

export function openResponsesStreamEventResponseImageGenerationCallPartialImageToJSON(value: OpenResponsesStreamEventResponseImageGenerationCallPartialImage): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseImageGenerationCallPartialImage$outboundSchema, "OpenResponsesStreamEventResponseImageGenerationCallPartialImage");
}

export function openResponsesStreamEventResponseImageGenerationCallPartialImageFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseImageGenerationCallPartialImage, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseImageGenerationCallPartialImage$inboundSchema, "OpenResponsesStreamEventResponseImageGenerationCallPartialImage");
}
