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
  ImagesUsage$inboundSchema,
  ImagesUsage$outboundSchema,
  type ImagesUsage,
  type ImagesUsage$Outbound,
} from "./imagesusage.js";

export const TypeImageEditCompleted = {
  ImageEditCompleted: "image_edit.completed",
} as const;
export type TypeImageEditCompleted = ClosedEnum<typeof TypeImageEditCompleted>;

export const TypeImageEditCompleted$inboundSchema: z.ZodType<TypeImageEditCompleted, unknown> = enumSchema(TypeImageEditCompleted);

export const TypeImageEditCompleted$outboundSchema: z.ZodType<TypeImageEditCompleted, TypeImageEditCompleted> = enumSchema(TypeImageEditCompleted);

export function typeImageEditCompletedToJSON(value: TypeImageEditCompleted): string {
  return stringifyJSON(value, TypeImageEditCompleted$outboundSchema, "TypeImageEditCompleted");
}

export function typeImageEditCompletedFromJSON(
  jsonString: string,
): SafeParseResult<TypeImageEditCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, TypeImageEditCompleted$inboundSchema, "TypeImageEditCompleted");
}

export const ImageEditStreamEventImageEditCompletedSize = {
  OneThousandAndTwentyFourx1024: "1024x1024",
  OneThousandAndTwentyFourx1536: "1024x1536",
  OneThousandFiveHundredAndThirtySixx1024: "1536x1024",
  Auto: "auto",
} as const;
export type ImageEditStreamEventImageEditCompletedSize = ClosedEnum<typeof ImageEditStreamEventImageEditCompletedSize>;

export const ImageEditStreamEventImageEditCompletedSize$inboundSchema: z.ZodType<ImageEditStreamEventImageEditCompletedSize, unknown> = enumSchema(ImageEditStreamEventImageEditCompletedSize);

export const ImageEditStreamEventImageEditCompletedSize$outboundSchema: z.ZodType<ImageEditStreamEventImageEditCompletedSize, ImageEditStreamEventImageEditCompletedSize> = enumSchema(ImageEditStreamEventImageEditCompletedSize);

export function imageEditStreamEventImageEditCompletedSizeToJSON(value: ImageEditStreamEventImageEditCompletedSize): string {
  return stringifyJSON(value, ImageEditStreamEventImageEditCompletedSize$outboundSchema, "ImageEditStreamEventImageEditCompletedSize");
}

export function imageEditStreamEventImageEditCompletedSizeFromJSON(
  jsonString: string,
): SafeParseResult<ImageEditStreamEventImageEditCompletedSize, SDKValidationError> {
  return safeParseJSON(jsonString, ImageEditStreamEventImageEditCompletedSize$inboundSchema, "ImageEditStreamEventImageEditCompletedSize");
}

export const ImageEditStreamEventImageEditCompletedQuality = {
  Low: "low",
  Medium: "medium",
  High: "high",
  Auto: "auto",
} as const;
export type ImageEditStreamEventImageEditCompletedQuality = ClosedEnum<typeof ImageEditStreamEventImageEditCompletedQuality>;

export const ImageEditStreamEventImageEditCompletedQuality$inboundSchema: z.ZodType<ImageEditStreamEventImageEditCompletedQuality, unknown> = enumSchema(ImageEditStreamEventImageEditCompletedQuality);

export const ImageEditStreamEventImageEditCompletedQuality$outboundSchema: z.ZodType<ImageEditStreamEventImageEditCompletedQuality, ImageEditStreamEventImageEditCompletedQuality> = enumSchema(ImageEditStreamEventImageEditCompletedQuality);

export function imageEditStreamEventImageEditCompletedQualityToJSON(value: ImageEditStreamEventImageEditCompletedQuality): string {
  return stringifyJSON(value, ImageEditStreamEventImageEditCompletedQuality$outboundSchema, "ImageEditStreamEventImageEditCompletedQuality");
}

export function imageEditStreamEventImageEditCompletedQualityFromJSON(
  jsonString: string,
): SafeParseResult<ImageEditStreamEventImageEditCompletedQuality, SDKValidationError> {
  return safeParseJSON(jsonString, ImageEditStreamEventImageEditCompletedQuality$inboundSchema, "ImageEditStreamEventImageEditCompletedQuality");
}

export const ImageEditStreamEventImageEditCompletedBackground = {
  Transparent: "transparent",
  Opaque: "opaque",
  Auto: "auto",
} as const;
export type ImageEditStreamEventImageEditCompletedBackground = ClosedEnum<typeof ImageEditStreamEventImageEditCompletedBackground>;

export const ImageEditStreamEventImageEditCompletedBackground$inboundSchema: z.ZodType<ImageEditStreamEventImageEditCompletedBackground, unknown> = enumSchema(ImageEditStreamEventImageEditCompletedBackground);

export const ImageEditStreamEventImageEditCompletedBackground$outboundSchema: z.ZodType<ImageEditStreamEventImageEditCompletedBackground, ImageEditStreamEventImageEditCompletedBackground> = enumSchema(ImageEditStreamEventImageEditCompletedBackground);

export function imageEditStreamEventImageEditCompletedBackgroundToJSON(value: ImageEditStreamEventImageEditCompletedBackground): string {
  return stringifyJSON(value, ImageEditStreamEventImageEditCompletedBackground$outboundSchema, "ImageEditStreamEventImageEditCompletedBackground");
}

export function imageEditStreamEventImageEditCompletedBackgroundFromJSON(
  jsonString: string,
): SafeParseResult<ImageEditStreamEventImageEditCompletedBackground, SDKValidationError> {
  return safeParseJSON(jsonString, ImageEditStreamEventImageEditCompletedBackground$inboundSchema, "ImageEditStreamEventImageEditCompletedBackground");
}

export const ImageEditStreamEventImageEditCompletedOutputFormat = {
  Png: "png",
  Webp: "webp",
  Jpeg: "jpeg",
} as const;
export type ImageEditStreamEventImageEditCompletedOutputFormat = ClosedEnum<typeof ImageEditStreamEventImageEditCompletedOutputFormat>;

export const ImageEditStreamEventImageEditCompletedOutputFormat$inboundSchema: z.ZodType<ImageEditStreamEventImageEditCompletedOutputFormat, unknown> = enumSchema(ImageEditStreamEventImageEditCompletedOutputFormat);

export const ImageEditStreamEventImageEditCompletedOutputFormat$outboundSchema: z.ZodType<ImageEditStreamEventImageEditCompletedOutputFormat, ImageEditStreamEventImageEditCompletedOutputFormat> = enumSchema(ImageEditStreamEventImageEditCompletedOutputFormat);

export function imageEditStreamEventImageEditCompletedOutputFormatToJSON(value: ImageEditStreamEventImageEditCompletedOutputFormat): string {
  return stringifyJSON(value, ImageEditStreamEventImageEditCompletedOutputFormat$outboundSchema, "ImageEditStreamEventImageEditCompletedOutputFormat");
}

export function imageEditStreamEventImageEditCompletedOutputFormatFromJSON(
  jsonString: string,
): SafeParseResult<ImageEditStreamEventImageEditCompletedOutputFormat, SDKValidationError> {
  return safeParseJSON(jsonString, ImageEditStreamEventImageEditCompletedOutputFormat$inboundSchema, "ImageEditStreamEventImageEditCompletedOutputFormat");
}

/**
 * Sent when a streaming image edit has finished and the final image is available.
 */
export type ImageEditStreamEventImageEditCompleted = {
  type: TypeImageEditCompleted;
  b64Json: string;
  createdAt: number;
  size: ImageEditStreamEventImageEditCompletedSize;
  quality: ImageEditStreamEventImageEditCompletedQuality;
  background: ImageEditStreamEventImageEditCompletedBackground;
  outputFormat: ImageEditStreamEventImageEditCompletedOutputFormat;
  usage: ImagesUsage;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImageEditStreamEventImageEditCompleted as it is sent on the wire. */
export type ImageEditStreamEventImageEditCompleted$Outbound = {
  type: TypeImageEditCompleted;
  b64_json: string;
  created_at: number;
  size: ImageEditStreamEventImageEditCompletedSize;
  quality: ImageEditStreamEventImageEditCompletedQuality;
  background: ImageEditStreamEventImageEditCompletedBackground;
  output_format: ImageEditStreamEventImageEditCompletedOutputFormat;
  usage: ImagesUsage$Outbound;
  [k: string]: unknown;
};

export const ImageEditStreamEventImageEditCompleted$inboundSchema: z.ZodType<ImageEditStreamEventImageEditCompleted, unknown> = objectInbound<ImageEditStreamEventImageEditCompleted>(
  {
    type: ["type", TypeImageEditCompleted$inboundSchema],
    b64Json: ["b64_json", z.string()],
    createdAt: ["created_at", z.int()],
    size: ["size", ImageEditStreamEventImageEditCompletedSize$inboundSchema],
    quality: ["quality", ImageEditStreamEventImageEditCompletedQuality$inboundSchema],
    background: ["background", ImageEditStreamEventImageEditCompletedBackground$inboundSchema],
    outputFormat: ["output_format", ImageEditStreamEventImageEditCompletedOutputFormat$inboundSchema],
    usage: ["usage", ImagesUsage$inboundSchema],
  },
);

export const ImageEditStreamEventImageEditCompleted$outboundSchema: z.ZodType<ImageEditStreamEventImageEditCompleted$Outbound, ImageEditStreamEventImageEditCompleted> = objectOutbound<ImageEditStreamEventImageEditCompleted, ImageEditStreamEventImageEditCompleted$Outbound>(
  {
    type: ["type", TypeImageEditCompleted$outboundSchema],
    b64Json: ["b64_json", z.string()],
    createdAt: ["created_at", z.int()],
    size: ["size", ImageEditStreamEventImageEditCompletedSize$outboundSchema],
    quality: ["quality", ImageEditStreamEventImageEditCompletedQuality$outboundSchema],
    background: ["background", ImageEditStreamEventImageEditCompletedBackground$outboundSchema],
    outputFormat: ["output_format", ImageEditStreamEventImageEditCompletedOutputFormat$outboundSchema],
    usage: ["usage", ImagesUsage$outboundSchema],
  },
);

export function imageEditStreamEventImageEditCompletedToJSON(value: ImageEditStreamEventImageEditCompleted): string {
  return stringifyJSON(value, ImageEditStreamEventImageEditCompleted$outboundSchema, "ImageEditStreamEventImageEditCompleted");
}

export function imageEditStreamEventImageEditCompletedFromJSON(
  jsonString: string,
): SafeParseResult<ImageEditStreamEventImageEditCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, ImageEditStreamEventImageEditCompleted$inboundSchema, "ImageEditStreamEventImageEditCompleted");
}
