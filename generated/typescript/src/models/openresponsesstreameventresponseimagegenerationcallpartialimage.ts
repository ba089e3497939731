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

export const OpenResponsesStreamEventResponseImageGenerationCallPartialImage$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseImageGenerationCallPartialImage, unknown> = objectInbound(
  {
    type: TypeResponseImageGenerationCallPartialImage$inboundSchema,
    item_id: z.string(),
    output_index: z.int(),
    sequence_number: z.int(),
    partial_image_index: z.int(),
    partial_image_b64: z.string(),
    size: z.string().optional(),
    quality: z.string().optional(),
    background: z.string().optional(),
    output_format: z.string().optional(),
  },
  (v) => ({
    type: v.type,
    itemId: v.item_id,
    outputIndex: v.output_index,
    sequenceNumber: v.sequence_number,
    partialImageIndex: v.partial_image_index,
    partialImageB64: v.partial_image_b64,
    ...(v.size === undefined ? {} : { size: v.size }),
    ...(v.quality === undefined ? {} : { quality: v.quality }),
    ...(v.background === undefined ? {} : { background: v.background }),
    ...(v.output_format === undefined ? {} : { outputFormat: v.output_format }),
    ...collectAdditionalProperties(v, ["type", "item_id", "output_index", "sequence_number", "partial_image_index", "partial_image_b64", "size", "quality", "background", "output_format"]),
  }),
);

export const OpenResponsesStreamEventResponseImageGenerationCallPartialImage$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseImageGenerationCallPartialImage$Outbound, OpenResponsesStreamEventResponseImageGenerationCallPartialImage> = objectOutbound(
  {
    type: TypeResponseImageGenerationCallPartialImage$outboundSchema,
    itemId: z.string(),
    outputIndex: z.int(),
    sequenceNumber: z.int(),
    partialImageIndex: z.int(),
    partialImageB64: z.string(),
    size: z.string().optional(),
    quality: z.string().optional(),
    background: z.string().optional(),
    outputFormat: z.string().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    item_id: v.itemId,
    output_index: v.outputIndex,
    sequence_number: v.sequenceNumber,
    partial_image_index: v.partialImageIndex,
    partial_image_b64: v.partialImageB64,
    ...(v.size === undefined ? {} : { size: v.size }),
    ...(v.quality === undefined ? {} : { quality: v.quality }),
    ...(v.background === undefined ? {} : { background: v.background }),
    ...(v.outputFormat === undefined ? {} : { output_format: v.outputFormat }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "item_id", "output_index", "sequence_number", "partial_image_index", "partial_image_b64", "size", "quality", "background", "output_format"]),
  }),
);

export function openResponsesStreamEventResponseImageGenerationCallPartialImageToJSON(value: OpenResponsesStreamEventResponseImageGenerationCallPartialImage): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseImageGenerationCallPartialImage$outboundSchema, "OpenResponsesStreamEventResponseImageGenerationCallPartialImage");
}

export function openResponsesStreamEventResponseImageGenerationCallPartialImageFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseImageGenerationCallPartialImage, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseImageGenerationCallPartialImage$inboundSchema, "OpenResponsesStreamEventResponseImageGenerationCallPartialImage");
}
