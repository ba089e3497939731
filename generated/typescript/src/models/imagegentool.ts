// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum, OpenEnum } from "../lib/enums.js";
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
  ImageGenActionEnum$inboundSchema,
  ImageGenActionEnum$outboundSchema,
  type ImageGenActionEnum,
} from "./imagegenactionenum.js";
import {
  InputFidelity$inboundSchema,
  InputFidelity$outboundSchema,
  type InputFidelity,
} from "./inputfidelity.js";

export const ImageGenToolType = {
  ImageGeneration: "image_generation",
} as const;
export type ImageGenToolType = ClosedEnum<typeof ImageGenToolType>;

export const ImageGenToolType$inboundSchema: z.ZodType<ImageGenToolType, unknown> = enumSchema(ImageGenToolType);

export const ImageGenToolType$outboundSchema: z.ZodType<ImageGenToolType, ImageGenToolType> = enumSchema(ImageGenToolType);

export function imageGenToolTypeToJSON(value: ImageGenToolType): string {
  return stringifyJSON(value, ImageGenToolType$outboundSchema, "ImageGenToolType");
}

export function imageGenToolTypeFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenToolType, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenToolType$inboundSchema, "ImageGenToolType");
}

export const ImageGenToolQuality = {
  Low: "low",
  Medium: "medium",
  High: "high",
  Auto: "auto",
} as const;
export type ImageGenToolQuality = ClosedEnum<typeof ImageGenToolQuality>;

export const ImageGenToolQuality$inboundSchema: z.ZodType<ImageGenToolQuality, unknown> = enumSchema(ImageGenToolQuality);

export const ImageGenToolQuality$outboundSchema: z.ZodType<ImageGenToolQuality, ImageGenToolQuality> = enumSchema(ImageGenToolQuality);

export function imageGenToolQualityToJSON(value: ImageGenToolQuality): string {
  return stringifyJSON(value, ImageGenToolQuality$outboundSchema, "ImageGenToolQuality");
}

export function imageGenToolQualityFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenToolQuality, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenToolQuality$inboundSchema, "ImageGenToolQuality");
}

export const ImageGenToolOutputFormat = {
  Png: "png",
  Webp: "webp",
  Jpeg: "jpeg",
} as const;
export type ImageGenToolOutputFormat = ClosedEnum<typeof ImageGenToolOutputFormat>;

export const ImageGenToolOutputFormat$inboundSchema: z.ZodType<ImageGenToolOutputFormat, unknown> = enumSchema(ImageGenToolOutputFormat);

export const ImageGenToolOutputFormat$outboundSchema: z.ZodType<ImageGenToolOutputFormat, ImageGenToolOutputFormat> = enumSchema(ImageGenToolOutputFormat);

export function imageGenToolOutputFormatToJSON(value: ImageGenToolOutputFormat): string {
  return stringifyJSON(value, ImageGenToolOutputFormat$outboundSchema, "ImageGenToolOutputFormat");
}

export function imageGenToolOutputFormatFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenToolOutputFormat, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenToolOutputFormat$inboundSchema, "ImageGenToolOutputFormat");
}

export const ImageGenToolModeration = {
  Auto: "auto",
  Low: "low",
} as const;
export type ImageGenToolModeration = ClosedEnum<typeof ImageGenToolModeration>;

export const ImageGenToolModeration$inboundSchema: z.ZodType<ImageGenToolModeration, unknown> = enumSchema(ImageGenToolModeration);

export const ImageGenToolModeration$outboundSchema: z.ZodType<ImageGenToolModeration, ImageGenToolModeration> = enumSchema(ImageGenToolModeration);

export function imageGenToolModerationToJSON(value: ImageGenToolModeration): string {
  return stringifyJSON(value, ImageGenToolModeration$outboundSchema, "ImageGenToolModeration");
}

export function imageGenToolModerationFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenToolModeration, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenToolModeration$inboundSchema, "ImageGenToolModeration");
}

export const ImageGenToolBackground = {
  Transparent: "transparent",
  Opaque: "opaque",
  Auto: "auto",
} as const;
export type ImageGenToolBackground = ClosedEnum<typeof ImageGenToolBackground>;

export const ImageGenToolBackground$inboundSchema: z.ZodType<ImageGenToolBackground, unknown> = enumSchema(ImageGenToolBackground);

export const ImageGenToolBackground$outboundSchema: z.ZodType<ImageGenToolBackground, ImageGenToolBackground> = enumSchema(ImageGenToolBackground);

export function imageGenToolBackgroundToJSON(value: ImageGenToolBackground): string {
  return stringifyJSON(value, ImageGenToolBackground$outboundSchema, "ImageGenToolBackground");
}

export function imageGenToolBackgroundFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenToolBackground, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenToolBackground$inboundSchema, "ImageGenToolBackground");
}

export type ImageGenToolInputImageMask = {
  imageUrl?: string | undefined;
  fileId?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImageGenToolInputImageMask as it is sent on the wire. */
export type ImageGenToolInputImageMask$Outbound = {
  image_url?: string | undefined;
  file_id?: string | undefined;
  [k: string]: unknown;
};

export const ImageGenToolInputImageMask$inboundSchema: z.ZodType<ImageGenToolInputImageMask, unknown> = objectInbound<ImageGenToolInputImageMask>(
  {
    imageUrl: ["image_url", z.string().optional()],
    fileId: ["file_id", z.string().optional()],
  },
  true,
);

export const ImageGenToolInputImageMask$outboundSchema: z.ZodType<ImageGenToolInputImageMask$Outbound, ImageGenToolInputImageMask> = objectOutbound<ImageGenToolInputImageMask, ImageGenToolInputImageMask$Outbound>(
  {
    imageUrl: ["image_url", z.string().optional()],
    fileId: ["file_id", z.string().optional()],
  },
);

export function imageGenToolInputImageMaskToJSON(value: ImageGenToolInputImageMask): string {
  return stringifyJSON(value, ImageGenToolInputImageMask$outboundSchema, "ImageGenToolInputImageMask");
}

export function imageGenToolInputImageMaskFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenToolInputImageMask, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenToolInputImageMask$inboundSchema, "ImageGenToolInputImageMask");
}

export type ImageGenTool = {
  type: ImageGenToolType;
  model?: OpenEnum<typeof ImageGenToolModel> | undefined;
  quality?: ImageGenToolQuality | undefined;
  size?: OpenEnum<typeof ImageGenToolSize> | undefined;
  outputFormat?: ImageGenToolOutputFormat | undefined;
  outputCompression?: number | undefined;
  moderation?: ImageGenToolModeration | undefined;
  background?: ImageGenToolBackground | undefined;
  inputFidelity?: InputFidelity | null | undefined;
  inputImageMask?: ImageGenToolInputImageMask | undefined;
  partialImages?: number | undefined;
  action?: ImageGenActionEnum | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImageGenTool as it is sent on the wire. */
export type ImageGenTool$Outbound = {
  type: ImageGenToolType;
  model?: string | undefined;
  quality?: ImageGenToolQuality | undefined;
  size?: string | undefined;
  output_format?: ImageGenToolOutputFormat | undefined;
  output_compression?: number | undefined;
  moderation?: ImageGenToolModeration | undefined;
  background?: ImageGenToolBackground | undefined;
  input_fidelity?: InputFidelity | null | undefined;
  input_image_mask?: ImageGenToolInputImageMask$Outbound | undefined;
  partial_images?: number | undefined;
  action?: ImageGenActionEnum | undefined;
  [k: string]: unknown;
};

export const ImageGenTool$inboundSchema: z.ZodType<ImageGenTool, unknown> = objectInbound<ImageGenTool>(
  {
    type: ["type", ImageGenToolType$inboundSchema],
    model: ["model", z.string().optional()],
    quality: ["quality", ImageGenToolQuality$inboundSchema.optional()],
    size: ["size", z.string().optional()],
    outputFormat: ["output_format", ImageGenToolOutputFormat$inboundSchema.optional()],
    outputCompression: ["output_compression", z.int().gte(0).lte(100).optional()],
    moderation: ["moderation", ImageGenToolModeration$inboundSchema.optional()],
    background: ["background", ImageGenToolBackground$inboundSchema.optional()],
    inputFidelity: ["input_fidelity", InputFidelity$inboundSchema.nullable().optional()],
    inputImageMask: ["input_image_mask", ImageGenToolInputImageMask$inboundSchema.optional()],
    partialImages: ["partial_images", z.int().gte(0).lte(3).optional()],
    action: ["action", ImageGenActionEnum$inboundSchema.optional()],
  },
);

export const ImageGenTool$outboundSchema: z.ZodType<ImageGenTool$Outbound, ImageGenTool> = objectOutbound<ImageGenTool, ImageGenTool$Outbound>(
  {
    type: ["type", ImageGenToolType$outboundSchema],
    model: ["model", z.string().optional()],
    quality: ["quality", ImageGenToolQuality$outboundSchema.optional()],
    size: ["size", z.string().optional()],
    outputFormat: ["output_format", ImageGenToolOutputFormat$outboundSchema.optional()],
    outputCompression: ["output_compression", z.int().gte(0).lte(100).optional()],
    moderation: ["moderation", ImageGenToolModeration$outboundSchema.optional()],
    background: ["background", ImageGenToolBackground$outboundSchema.optional()],
    inputFidelity: ["input_fidelity", InputFidelity$outboundSchema.nullable().optional()],
    inputImageMask: ["input_image_mask", ImageGenToolInputImageMask$outboundSchema.optional()],
    partialImages: ["partial_images", z.int().gte(0).lte(3).optional()],
    action: ["action", ImageGenActionEnum$outboundSchema.optional()],
  },
);

export function imageGenToolToJSON(value: ImageGenTool): string {
  return stringifyJSON(value, ImageGenTool$outboundSchema, "ImageGenTool");
}

export function imageGenToolFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenTool, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenTool$inboundSchema, "ImageGenTool");
}

export const ImageGenToolModel = {
  GptImage1: "gpt-image-1",
  GptImage1Mini: "gpt-image-1-mini",
  GptImage15: "gpt-image-1.5",
  GptImage2: "gpt-image-2",
  GptImage220260421: "gpt-image-2-2026-04-21",
} as const;
export type ImageGenToolModel = ClosedEnum<typeof ImageGenToolModel>;

export const ImageGenToolModel$inboundSchema: z.ZodType<ImageGenToolModel, unknown> = enumSchema(ImageGenToolModel);

export const ImageGenToolModel$outboundSchema: z.ZodType<ImageGenToolModel, ImageGenToolModel> = enumSchema(ImageGenToolModel);

export function imageGenToolModelToJSON(value: ImageGenToolModel): string {
  return stringifyJSON(value, ImageGenToolModel$outboundSchema, "ImageGenToolModel");
}

export function imageGenToolModelFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenToolModel, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenToolModel$inboundSchema, "ImageGenToolModel");
}

export const ImageGenToolSize = {
  OneThousandAndTwentyFourx1024: "1024x1024",
  OneThousandAndTwentyFourx1536: "1024x1536",
  OneThousandFiveHundredAndThirtySixx1024: "1536x1024",
  Auto: "auto",
} as const;
export type ImageGenToolSize = ClosedEnum<typeof ImageGenToolSize>;

export const ImageGenToolSize$inboundSchema: z.ZodType<ImageGenToolSize, unknown> = enumSchema(ImageGenToolSize);

export const ImageGenToolSize$outboundSchema: z.ZodType<ImageGenToolSize, ImageGenToolSize> = enumSchema(ImageGenToolSize);

export function imageGenToolSizeToJSON(value: ImageGenToolSize): string {
  return stringifyJSON(value, ImageGenToolSize$outboundSchema, "ImageGenToolSize");
}

export function imageGenToolSizeFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenToolSize, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenToolSize$inboundSchema, "ImageGenToolSize");
}
