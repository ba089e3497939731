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

export const TypeImageEditPartialImage = {
  ImageEditPartialImage: "image_edit.partial_image",
} as const;
export type TypeImageEditPartialImage = ClosedEnum<typeof TypeImageEditPartialImage>;

export const TypeImageEditPartialImage$inboundSchema: z.ZodType<TypeImageEditPartialImage, unknown> = enumSchema(TypeImageEditPartialImage);

export const TypeImageEditPartialImage$outboundSchema: z.ZodType<TypeImageEditPartialImage, TypeImageEditPartialImage> = enumSchema(TypeImageEditPartialImage);

export function typeImageEditPartialImageToJSON(value: TypeImageEditPartialImage): string {
  return stringifyJSON(value, TypeImageEditPartialImage$outboundSchema, "TypeImageEditPartialImage");
}

export function typeImageEditPartialImageFromJSON(
  jsonString: string,
): SafeParseResult<TypeImageEditPartialImage, SDKValidationError> {
  return safeParseJSON(jsonString, TypeImageEditPartialImage$inboundSchema, "TypeImageEditPartialImage");
}

export const ImageEditStreamEventImageEditPartialImageSize = {
  OneThousandAndTwentyFourx1024: "1024x1024",
  OneThousandAndTwentyFourx1536: "1024x1536",
  OneThousandFiveHundredAndThirtySixx1024: "1536x1024",
  Auto: "auto",
} as const;
export type ImageEditStreamEventImageEditPartialImageSize = ClosedEnum<typeof ImageEditStreamEventImageEditPartialImageSize>;

export const ImageEditStreamEventImageEditPartialImageSize$inboundSchema: z.ZodType<ImageEditStreamEventImageEditPartialImageSize, unknown> = enumSchema(ImageEditStreamEventImageEditPartialImageSize);

export const ImageEditStreamEventImageEditPartialImageSize$outboundSchema: z.ZodType<ImageEditStreamEventImageEditPartialImageSize, ImageEditStreamEventImageEditPartialImageSize> = enumSchema(ImageEditStreamEventImageEditPartialImageSize);

export function imageEditStreamEventImageEditPartialImageSizeToJSON(value: ImageEditStreamEventImageEditPartialImageSize): string {
  return stringifyJSON(value, ImageEditStreamEventImageEditPartialImageSize$outboundSchema, "ImageEditStreamEventImageEditPartialImageSize");
}

export function imageEditStreamEventImageEditPartialImageSizeFromJSON(
  jsonString: string,
): SafeParseResult<ImageEditStreamEventImageEditPartialImageSize, SDKValidationError> {
  return safeParseJSON(jsonString, ImageEditStreamEventImageEditPartialImageSize$inboundSchema, "ImageEditStreamEventImageEditPartialImageSize");
}

export const ImageEditStreamEventImageEditPartialImageQuality = {
  Low: "low",
  Medium: "medium",
  High: "high",
  Auto: "auto",
} as const;
export type ImageEditStreamEventImageEditPartialImageQuality = ClosedEnum<typeof ImageEditStreamEventImageEditPartialImageQuality>;

export const ImageEditStreamEventImageEditPartialImageQuality$inboundSchema: z.ZodType<ImageEditStreamEventImageEditPartialImageQuality, unknown> = enumSchema(ImageEditStreamEventImageEditPartialImageQuality);

export const ImageEditStreamEventImageEditPartialImageQuality$outboundSchema: z.ZodType<ImageEditStreamEventImageEditPartialImageQuality, ImageEditStreamEventImageEditPartialImageQuality> = enumSchema(ImageEditStreamEventImageEditPartialImageQuality);

export function imageEditStreamEventImageEditPartialImageQualityToJSON(value: ImageEditStreamEventImageEditPartialImageQuality): string {
  return stringifyJSON(value, ImageEditStreamEventImageEditPartialImageQuality$outboundSchema, "ImageEditStreamEventImageEditPartialImageQuality");
}

export function imageEditStreamEventImageEditPartialImageQualityFromJSON(
  jsonString: string,
): SafeParseResult<ImageEditStreamEventImageEditPartialImageQuality, SDKValidationError> {
  return safeParseJSON(jsonString, ImageEditStreamEventImageEditPartialImageQuality$inboundSchema, "ImageEditStreamEventImageEditPartialImageQuality");
}

export const ImageEditStreamEventImageEditPartialImageBackground = {
  Transparent: "transparent",
  Opaque: "opaque",
  Auto: "auto",
} as const;
export type ImageEditStreamEventImageEditPartialImageBackground = ClosedEnum<typeof ImageEditStreamEventImageEditPartialImageBackground>;

export const ImageEditStreamEventImageEditPartialImageBackground$inboundSchema: z.ZodType<ImageEditStreamEventImageEditPartialImageBackground, unknown> = enumSchema(ImageEditStreamEventImageEditPartialImageBackground);

export const ImageEditStreamEventImageEditPartialImageBackground$outboundSchema: z.ZodType<ImageEditStreamEventImageEditPartialImageBackground, ImageEditStreamEventImageEditPartialImageBackground> = enumSchema(ImageEditStreamEventImageEditPartialImageBackground);

export function imageEditStreamEventImageEditPartialImageBackgroundToJSON(value: ImageEditStreamEventImageEditPartialImageBackground): string {
  return stringifyJSON(value, ImageEditStreamEventImageEditPartialImageBackground$outboundSchema, "ImageEditStreamEventImageEditPartialImageBackground");
}

export function imageEditStreamEventImageEditPartialImageBackgroundFromJSON(
  jsonString: string,
): SafeParseResult<ImageEditStreamEventImageEditPartialImageBackground, SDKValidationError> {
  return safeParseJSON(jsonString, ImageEditStreamEventImageEditPartialImageBackground$inboundSchema, "ImageEditStreamEventImageEditPartialImageBackground");
}

export const ImageEditStreamEventImageEditPartialImageOutputFormat = {
  Png: "png",
  Webp: "webp",
  Jpeg: "jpeg",
} as const;
export type ImageEditStreamEventImageEditPartialImageOutputFormat = ClosedEnum<typeof ImageEditStreamEventImageEditPartialImageOutputFormat>;

export const ImageEditStreamEventImageEditPartialImageOutputFormat$inboundSchema: z.ZodType<ImageEditStreamEventImageEditPartialImageOutputFormat, unknown> = enumSchema(ImageEditStreamEventImageEditPartialImageOutputFormat);

export const ImageEditStreamEventImageEditPartialImageOutputFormat$outboundSchema: z.ZodType<ImageEditStreamEventImageEditPartialImageOutputFormat, ImageEditStreamEventImageEditPartialImageOutputFormat> = enumSchema(ImageEditStreamEventImageEditPartialImageOutputFormat);

export function imageEditStreamEventImageEditPartialImageOutputFormatToJSON(value: ImageEditStreamEventImageEditPartialImageOutputFormat): string {
  return stringifyJSON(value, ImageEditStreamEventImageEditPartialImageOutputFormat$outboundSchema, "ImageEditStreamEventImageEditPartialImageOutputFormat");
}

export function imageEditStreamEventImageEditPartialImageOutputFormatFromJSON(
  jsonString: string,
): SafeParseResult<ImageEditStreamEventImageEditPartialImageOutputFormat, SDKValidationError> {
  return safeParseJSON(jsonString, ImageEditStreamEventImageEditPartialImageOutputFormat$inboundSchema, "ImageEditStreamEventImageEditPartialImageOutputFormat");
}

/**
 * Sent when a partial (preview) image is ready during a streaming image edit.
 */
export type ImageEditStreamEventImageEditPartialImage = {
  type: TypeImageEditPartialImage;
  b64Json: string;
  createdAt: number;
  size: ImageEditStreamEventImageEditPartialImageSize;
  quality: ImageEditStreamEventImageEditPartialImageQuality;
  background: ImageEditStreamEventImageEditPartialImageBackground;
  outputFormat: ImageEditStreamEventImageEditPartialImageOutputFormat;
  partialImageIndex: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImageEditStreamEventImageEditPartialImage as it is sent on the wire. */
export type ImageEditStreamEventImageEditPartialImage$Outbound = {
  type: TypeImageEditPartialImage;
  b64_json: string;
  created_at: number;
  size: ImageEditStreamEventImageEditPartialImageSize;
  quality: ImageEditStreamEventImageEditPartialImageQuality;
  background: ImageEditStreamEventImageEditPartialImageBackground;
  output_format: ImageEditStreamEventImageEditPartialImageOutputFormat;
  partial_image_index: number;
  [k: string]: unknown;
};

export const ImageEditStreamEventImageEditPartialImage$inboundSchema: z.ZodType<ImageEditStreamEventImageEditPartialImage, unknown> = objectInbound<ImageEditStreamEventImageEditPartialImage>(
  {
    type: ["type", TypeImageEditPartialImage$inboundSchema],
    b64Json: ["b64_json", z.string()],
    createdAt: ["created_at", z.int()],
    size: ["size", ImageEditStreamEventImageEditPartialImageSize$inboundSchema],
    quality: ["quality", ImageEditStreamEventImageEditPartialImageQuality$inboundSchema],
    background: ["background", ImageEditStreamEventImageEditPartialImageBackground$inboundSchema],
    outputFormat: ["output_format", ImageEditStreamEventImageEditPartialImageOutputFormat$inboundSchema],
    partialImageIndex: ["partial_image_index", z.int()],
  },
);

export const ImageEditStreamEventImageEditPartialImage$outboundSchema: z.ZodType<ImageEditStreamEventImageEditPartialImage$Outbound, ImageEditStreamEventImageEditPartialImage> = objectOutbound<ImageEditStreamEventImageEditPartialImage, ImageEditStreamEventImageEditPartialImage$Outbound>(
  {
    type: ["type", TypeImageEditPartialImage$outboundSchema],
    b64Json: ["b64_json", z.string()],
    createdAt: ["created_at", z.int()],
    size: ["size", ImageEditStreamEventImageEditPartialImageSize$outboundSchema],
    quality: ["quality", ImageEditStreamEventImageEditPartialImageQuality$outboundSchema],
    background: ["background", ImageEditStreamEventImageEditPartialImageBackground$outboundSchema],
    outputFormat: ["output_format", ImageEditStreamEventImageEditPartialImageOutputFormat$outboundSchema],
    partialImageIndex: ["partial_image_index", z.int()],
  },
);

export function imageEditStreamEventImageEditPartialImageToJSON(value: ImageEditStreamEventImageEditPartialImage): string {
  return stringifyJSON(value, ImageEditStreamEventImageEditPartialImage$outboundSchema, "ImageEditStreamEventImageEditPartialImage");
}

export function imageEditStreamEventImageEditPartialImageFromJSON(
  jsonString: string,
): SafeParseResult<ImageEditStreamEventImageEditPartialImage, SDKValidationError> {
  return safeParseJSON(jsonString, ImageEditStreamEventImageEditPartialImage$inboundSchema, "ImageEditStreamEventImageEditPartialImage");
}
