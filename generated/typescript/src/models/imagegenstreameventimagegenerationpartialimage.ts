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
 * The event type, always `image_generation.partial_image`.
 */
export const TypeImageGenerationPartialImage = {
  ImageGenerationPartialImage: "image_generation.partial_image",
} as const;
/**
 * The event type, always `image_generation.partial_image`.
 */
export type TypeImageGenerationPartialImage = ClosedEnum<typeof TypeImageGenerationPartialImage>;

export const TypeImageGenerationPartialImage$inboundSchema: z.ZodType<TypeImageGenerationPartialImage, unknown> = enumSchema(TypeImageGenerationPartialImage);

export const TypeImageGenerationPartialImage$outboundSchema: z.ZodType<TypeImageGenerationPartialImage, TypeImageGenerationPartialImage> = enumSchema(TypeImageGenerationPartialImage);

export function typeImageGenerationPartialImageToJSON(value: TypeImageGenerationPartialImage): string {
  return stringifyJSON(value, TypeImageGenerationPartialImage$outboundSchema, "TypeImageGenerationPartialImage");
}

export function typeImageGenerationPartialImageFromJSON(
  jsonString: string,
): SafeParseResult<TypeImageGenerationPartialImage, SDKValidationError> {
  return safeParseJSON(jsonString, TypeImageGenerationPartialImage$inboundSchema, "TypeImageGenerationPartialImage");
}

/**
 * Requested image size.
 */
export const ImageGenStreamEventImageGenerationPartialImageSize = {
  OneThousandAndTwentyFourx1024: "1024x1024",
  OneThousandAndTwentyFourx1536: "1024x1536",
  OneThousandFiveHundredAndThirtySixx1024: "1536x1024",
  Auto: "auto",
} as const;
/**
 * Requested image size.
 */
export type ImageGenStreamEventImageGenerationPartialImageSize = ClosedEnum<typeof ImageGenStreamEventImageGenerationPartialImageSize>;

export const ImageGenStreamEventImageGenerationPartialImageSize$inboundSchema: z.ZodType<ImageGenStreamEventImageGenerationPartialImageSize, unknown> = enumSchema(ImageGenStreamEventImageGenerationPartialImageSize);

export const ImageGenStreamEventImageGenerationPartialImageSize$outboundSchema: z.ZodType<ImageGenStreamEventImageGenerationPartialImageSize, ImageGenStreamEventImageGenerationPartialImageSize> = enumSchema(ImageGenStreamEventImageGenerationPartialImageSize);

export function imageGenStreamEventImageGenerationPartialImageSizeToJSON(value: ImageGenStreamEventImageGenerationPartialImageSize): string {
  return stringifyJSON(value, ImageGenStreamEventImageGenerationPartialImageSize$outboundSchema, "ImageGenStreamEventImageGenerationPartialImageSize");
}

export function imageGenStreamEventImageGenerationPartialImageSizeFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenStreamEventImageGenerationPartialImageSize, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenStreamEventImageGenerationPartialImageSize$inboundSchema, "ImageGenStreamEventImageGenerationPartialImageSize");
}

/**
 * Requested image quality.
 */
export const ImageGenStreamEventImageGenerationPartialImageQuality = {
  Low: "low",
  Medium: "medium",
  High: "high",
  Auto: "auto",
} as const;
/**
 * Requested image quality.
 */
export type ImageGenStreamEventImageGenerationPartialImageQuality = ClosedEnum<typeof ImageGenStreamEventImageGenerationPartialImageQuality>;

export const ImageGenStreamEventImageGenerationPartialImageQuality$inboundSchema: z.ZodType<ImageGenStreamEventImageGenerationPartialImageQuality, unknown> = enumSchema(ImageGenStreamEventImageGenerationPartialImageQuality);

export const ImageGenStreamEventImageGenerationPartialImageQuality$outboundSchema: z.ZodType<ImageGenStreamEventImageGenerationPartialImageQuality, ImageGenStreamEventImageGenerationPartialImageQuality> = enumSchema(ImageGenStreamEventImageGenerationPartialImageQuality);

export function imageGenStreamEventImageGenerationPartialImageQualityToJSON(value: ImageGenStreamEventImageGenerationPartialImageQuality): string {
  return stringifyJSON(value, ImageGenStreamEventImageGenerationPartialImageQuality$outboundSchema, "ImageGenStreamEventImageGenerationPartialImageQuality");
}

export function imageGenStreamEventImageGenerationPartialImageQualityFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenStreamEventImageGenerationPartialImageQuality, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenStreamEventImageGenerationPartialImageQuality$inboundSchema, "ImageGenStreamEventImageGenerationPartialImageQuality");
}

/**
 * Requested background.
 */
export const ImageGenStreamEventImageGenerationPartialImageBackground = {
  Transparent: "transparent",
  Opaque: "opaque",
  Auto: "auto",
} as const;
/**
 * Requested background.
 */
export type ImageGenStreamEventImageGenerationPartialImageBackground = ClosedEnum<typeof ImageGenStreamEventImageGenerationPartialImageBackground>;

export const ImageGenStreamEventImageGenerationPartialImageBackground$inboundSchema: z.ZodType<ImageGenStreamEventImageGenerationPartialImageBackground, unknown> = enumSchema(ImageGenStreamEventImageGenerationPartialImageBackground);

export const ImageGenStreamEventImageGenerationPartialImageBackground$outboundSchema: z.ZodType<ImageGenStreamEventImageGenerationPartialImageBackground, ImageGenStreamEventImageGenerationPartialImageBackground> = enumSchema(ImageGenStreamEventImageGenerationPartialImageBackground);

export function imageGenStreamEventImageGenerationPartialImageBackgroundToJSON(value: ImageGenStreamEventImageGenerationPartialImageBackground): string {
  return stringifyJSON(value, ImageGenStreamEventImageGenerationPartialImageBackground$outboundSchema, "ImageGenStreamEventImageGenerationPartialImageBackground");
}

export function imageGenStreamEventImageGenerationPartialImageBackgroundFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenStreamEventImageGenerationPartialImageBackground, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenStreamEventImageGenerationPartialImageBackground$inboundSchema, "ImageGenStreamEventImageGenerationPartialImageBackground");
}

/**
 * Requested output format.
 */
export const ImageGenStreamEventImageGenerationPartialImageOutputFormat = {
  Png: "png",
  Webp: "webp",
  Jpeg: "jpeg",
} as const;
/**
 * Requested output format.
 */
export type ImageGenStreamEventImageGenerationPartialImageOutputFormat = ClosedEnum<typeof ImageGenStreamEventImageGenerationPartialImageOutputFormat>;

export const ImageGenStreamEventImageGenerationPartialImageOutputFormat$inboundSchema: z.ZodType<ImageGenStreamEventImageGenerationPartialImageOutputFormat, unknown> = enumSchema(ImageGenStreamEventImageGenerationPartialImageOutputFormat);

export const ImageGenStreamEventImageGenerationPartialImageOutputFormat$outboundSchema: z.ZodType<ImageGenStreamEventImageGenerationPartialImageOutputFormat, ImageGenStreamEventImageGenerationPartialImageOutputFormat> = enumSchema(ImageGenStreamEventImageGenerationPartialImageOutputFormat);

export function imageGenStreamEventImageGenerationPartialImageOutputFormatToJSON(value: ImageGenStreamEventImageGenerationPartialImageOutputFormat): string {
  return stringifyJSON(value, ImageGenStreamEventImageGenerationPartialImageOutputFormat$outboundSchema, "ImageGenStreamEventImageGenerationPartialImageOutputFormat");
}

export function imageGenStreamEventImageGenerationPartialImageOutputFormatFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenStreamEventImageGenerationPartialImageOutputFormat, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenStreamEventImageGenerationPartialImageOutputFormat$inboundSchema, "ImageGenStreamEventImageGenerationPartialImageOutputFormat");
}

/**
 * Sent when a partial (preview) image is ready during a streaming image generation.
 */
export type ImageGenStreamEventImageGenerationPartialImage = {
  /**
   * The event type, always `image_generation.partial_image`.
   */
  type: TypeImageGenerationPartialImage;
  /**
   * The partial image, base64-encoded.
   */
  b64Json: string;
  /**
   * When the event was created, in Unix seconds.
   */
  createdAt: number;
  /**
   * Requested image size.
   */
  size: ImageGenStreamEventImageGenerationPartialImageSize;
  /**
   * Requested image quality.
   */
  quality: ImageGenStreamEventImageGenerationPartialImageQuality;
  /**
   * Requested background.
   */
  background: ImageGenStreamEventImageGenerationPartialImageBackground;
  /**
   * Requested output format.
   */
  outputFormat: ImageGenStreamEventImageGenerationPartialImageOutputFormat;
  /**
   * Which partial image this is, counting from 0.
   */
  partialImageIndex: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImageGenStreamEventImageGenerationPartialImage as it is sent on the wire. */
export type ImageGenStreamEventImageGenerationPartialImage$Outbound = {
  type: TypeImageGenerationPartialImage;
  b64_json: string;
  created_at: number;
  size: ImageGenStreamEventImageGenerationPartialImageSize;
  quality: ImageGenStreamEventImageGenerationPartialImageQuality;
  background: ImageGenStreamEventImageGenerationPartialImageBackground;
  output_format: ImageGenStreamEventImageGenerationPartialImageOutputFormat;
  partial_image_index: number;
  [k: string]: unknown;
};

export const ImageGenStreamEventImageGenerationPartialImage$inboundSchema: z.ZodType<ImageGenStreamEventImageGenerationPartialImage, unknown> = objectInbound<ImageGenStreamEventImageGenerationPartialImage>(
  {
    type: ["type", TypeImageGenerationPartialImage$inboundSchema],
    b64Json: ["b64_json", z.string()],
    createdAt: ["created_at", z.int()],
    size: ["size", ImageGenStreamEventImageGenerationPartialImageSize$inboundSchema],
    quality: ["quality", ImageGenStreamEventImageGenerationPartialImageQuality$inboundSchema],
    background: ["background", ImageGenStreamEventImageGenerationPartialImageBackground$inboundSchema],
    outputFormat: ["output_format", ImageGenStreamEventImageGenerationPartialImageOutputFormat$inboundSchema],
    partialImageIndex: ["partial_image_index", z.int()],
  },
);

export const ImageGenStreamEventImageGenerationPartialImage$outboundSchema: z.ZodType<ImageGenStreamEventImageGenerationPartialImage$Outbound, ImageGenStreamEventImageGenerationPartialImage> = objectOutbound<ImageGenStreamEventImageGenerationPartialImage, ImageGenStreamEventImageGenerationPartialImage$Outbound>(
  {
    type: ["type", TypeImageGenerationPartialImage$outboundSchema],
    b64Json: ["b64_json", z.string()],
    createdAt: ["created_at", z.int()],
    size: ["size", ImageGenStreamEventImageGenerationPartialImageSize$outboundSchema],
    quality: ["quality", ImageGenStreamEventImageGenerationPartialImageQuality$outboundSchema],
    background: ["background", ImageGenStreamEventImageGenerationPartialImageBackground$outboundSchema],
    outputFormat: ["output_format", ImageGenStreamEventImageGenerationPartialImageOutputFormat$outboundSchema],
    partialImageIndex: ["partial_image_index", z.int()],
  },
);

export function imageGenStreamEventImageGenerationPartialImageToJSON(value: ImageGenStreamEventImageGenerationPartialImage): string {
  return stringifyJSON(value, ImageGenStreamEventImageGenerationPartialImage$outboundSchema, "ImageGenStreamEventImageGenerationPartialImage");
}

export function imageGenStreamEventImageGenerationPartialImageFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenStreamEventImageGenerationPartialImage, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenStreamEventImageGenerationPartialImage$inboundSchema, "ImageGenStreamEventImageGenerationPartialImage");
}
