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
 * The event type, always `image_generation.completed`.
 */
export const TypeImageGenerationCompleted = {
  ImageGenerationCompleted: "image_generation.completed",
} as const;
/**
 * The event type, always `image_generation.completed`.
 */
export type TypeImageGenerationCompleted = ClosedEnum<typeof TypeImageGenerationCompleted>;

export const TypeImageGenerationCompleted$inboundSchema: z.ZodType<TypeImageGenerationCompleted, unknown> = enumSchema(TypeImageGenerationCompleted);

export const TypeImageGenerationCompleted$outboundSchema: z.ZodType<TypeImageGenerationCompleted, TypeImageGenerationCompleted> = enumSchema(TypeImageGenerationCompleted);

export function typeImageGenerationCompletedToJSON(value: TypeImageGenerationCompleted): string {
  return stringifyJSON(value, TypeImageGenerationCompleted$outboundSchema, "TypeImageGenerationCompleted");
}

export function typeImageGenerationCompletedFromJSON(
  jsonString: string,
): SafeParseResult<TypeImageGenerationCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, TypeImageGenerationCompleted$inboundSchema, "TypeImageGenerationCompleted");
}

/**
 * Size of the generated image.
 */
export const ImageGenStreamEventImageGenerationCompletedSize = {
  OneThousandAndTwentyFourx1024: "1024x1024",
  OneThousandAndTwentyFourx1536: "1024x1536",
  OneThousandFiveHundredAndThirtySixx1024: "1536x1024",
  Auto: "auto",
} as const;
/**
 * Size of the generated image.
 */
export type ImageGenStreamEventImageGenerationCompletedSize = ClosedEnum<typeof ImageGenStreamEventImageGenerationCompletedSize>;

export const ImageGenStreamEventImageGenerationCompletedSize$inboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompletedSize, unknown> = enumSchema(ImageGenStreamEventImageGenerationCompletedSize);

export const ImageGenStreamEventImageGenerationCompletedSize$outboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompletedSize, ImageGenStreamEventImageGenerationCompletedSize> = enumSchema(ImageGenStreamEventImageGenerationCompletedSize);

export function imageGenStreamEventImageGenerationCompletedSizeToJSON(value: ImageGenStreamEventImageGenerationCompletedSize): string {
  return stringifyJSON(value, ImageGenStreamEventImageGenerationCompletedSize$outboundSchema, "ImageGenStreamEventImageGenerationCompletedSize");
}

export function imageGenStreamEventImageGenerationCompletedSizeFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenStreamEventImageGenerationCompletedSize, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenStreamEventImageGenerationCompletedSize$inboundSchema, "ImageGenStreamEventImageGenerationCompletedSize");
}

/**
 * Quality of the generated image.
 */
export const ImageGenStreamEventImageGenerationCompletedQuality = {
  Low: "low",
  Medium: "medium",
  High: "high",
  Auto: "auto",
} as const;
/**
 * Quality of the generated image.
 */
export type ImageGenStreamEventImageGenerationCompletedQuality = ClosedEnum<typeof ImageGenStreamEventImageGenerationCompletedQuality>;

export const ImageGenStreamEventImageGenerationCompletedQuality$inboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompletedQuality, unknown> = enumSchema(ImageGenStreamEventImageGenerationCompletedQuality);

export const ImageGenStreamEventImageGenerationCompletedQuality$outboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompletedQuality, ImageGenStreamEventImageGenerationCompletedQuality> = enumSchema(ImageGenStreamEventImageGenerationCompletedQuality);

export function imageGenStreamEventImageGenerationCompletedQualityToJSON(value: ImageGenStreamEventImageGenerationCompletedQuality): string {
  return stringifyJSON(value, ImageGenStreamEventImageGenerationCompletedQuality$outboundSchema, "ImageGenStreamEventImageGenerationCompletedQuality");
}

export function imageGenStreamEventImageGenerationCompletedQualityFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenStreamEventImageGenerationCompletedQuality, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenStreamEventImageGenerationCompletedQuality$inboundSchema, "ImageGenStreamEventImageGenerationCompletedQuality");
}

/**
 * Background of the generated image.
 */
export const ImageGenStreamEventImageGenerationCompletedBackground = {
  Transparent: "transparent",
  Opaque: "opaque",
  Auto: "auto",
} as const;
/**
 * Background of the generated image.
 */
export type ImageGenStreamEventImageGenerationCompletedBackground = ClosedEnum<typeof ImageGenStreamEventImageGenerationCompletedBackground>;

export const ImageGenStreamEventImageGenerationCompletedBackground$inboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompletedBackground, unknown> = enumSchema(ImageGenStreamEventImageGenerationCompletedBackground);

export const ImageGenStreamEventImageGenerationCompletedBackground$outboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompletedBackground, ImageGenStreamEventImageGenerationCompletedBackground> = enumSchema(ImageGenStreamEventImageGenerationCompletedBackground);

export function imageGenStreamEventImageGenerationCompletedBackgroundToJSON(value: ImageGenStreamEventImageGenerationCompletedBackground): string {
  return stringifyJSON(value, ImageGenStreamEventImageGenerationCompletedBackground$outboundSchema, "ImageGenStreamEventImageGenerationCompletedBackground");
}

export function imageGenStreamEventImageGenerationCompletedBackgroundFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenStreamEventImageGenerationCompletedBackground, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenStreamEventImageGenerationCompletedBackground$inboundSchema, "ImageGenStreamEventImageGenerationCompletedBackground");
}

/**
 * Output format of the generated image.
 */
export const ImageGenStreamEventImageGenerationCompletedOutputFormat = {
  Png: "png",
  Webp: "webp",
  Jpeg: "jpeg",
} as const;
/**
 * Output format of the generated image.
 */
export type ImageGenStreamEventImageGenerationCompletedOutputFormat = ClosedEnum<typeof ImageGenStreamEventImageGenerationCompletedOutputFormat>;

export const ImageGenStreamEventImageGenerationCompletedOutputFormat$inboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompletedOutputFormat, unknown> = enumSchema(ImageGenStreamEventImageGenerationCompletedOutputFormat);

export const ImageGenStreamEventImageGenerationCompletedOutputFormat$outboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompletedOutputFormat, ImageGenStreamEventImageGenerationCompletedOutputFormat> = enumSchema(ImageGenStreamEventImageGenerationCompletedOutputFormat);

export function imageGenStreamEventImageGenerationCompletedOutputFormatToJSON(value: ImageGenStreamEventImageGenerationCompletedOutputFormat): string {
  return stringifyJSON(value, ImageGenStreamEventImageGenerationCompletedOutputFormat$outboundSchema, "ImageGenStreamEventImageGenerationCompletedOutputFormat");
}

export function imageGenStreamEventImageGenerationCompletedOutputFormatFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenStreamEventImageGenerationCompletedOutputFormat, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenStreamEventImageGenerationCompletedOutputFormat$inboundSchema, "ImageGenStreamEventImageGenerationCompletedOutputFormat");
}

/**
 * The input tokens, split by kind.
 */
export type ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails = {
  /**
   * Image tokens in the input.
   */
  imageTokens: number;
  /**
   * Text tokens in the input.
   */
  textTokens: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails as it is sent on the wire. */
export type ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails$Outbound = {
  image_tokens: number;
  text_tokens: number;
  [k: string]: unknown;
};

export const ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails$inboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails, unknown> = objectInbound<ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails>(
  {
    imageTokens: ["image_tokens", z.int()],
    textTokens: ["text_tokens", z.int()],
  },
);

export const ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails$outboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails$Outbound, ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails> = objectOutbound<ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails, ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails$Outbound>(
  {
    imageTokens: ["image_tokens", z.int()],
    textTokens: ["text_tokens", z.int()],
  },
);

export function imageGenStreamEventImageGenerationCompletedUsageInputTokensDetailsToJSON(value: ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails): string {
  return stringifyJSON(value, ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails$outboundSchema, "ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails");
}

export function imageGenStreamEventImageGenerationCompletedUsageInputTokensDetailsFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails$inboundSchema, "ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails");
}

/**
 * Token usage of the generation.
 */
export type ImageGenStreamEventImageGenerationCompletedUsage = {
  /**
   * Tokens in the input, text and images together.
   */
  inputTokens: number;
  /**
   * The input tokens, split by kind.
   */
  inputTokensDetails: ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails;
  /**
   * Tokens the model produced.
   */
  outputTokens: number;
  /**
   * Input and output tokens together.
   */
  totalTokens: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImageGenStreamEventImageGenerationCompletedUsage as it is sent on the wire. */
export type ImageGenStreamEventImageGenerationCompletedUsage$Outbound = {
  input_tokens: number;
  input_tokens_details: ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails$Outbound;
  output_tokens: number;
  total_tokens: number;
  [k: string]: unknown;
};

export const ImageGenStreamEventImageGenerationCompletedUsage$inboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompletedUsage, unknown> = objectInbound<ImageGenStreamEventImageGenerationCompletedUsage>(
  {
    inputTokens: ["input_tokens", z.int()],
    inputTokensDetails: ["input_tokens_details", ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails$inboundSchema],
    outputTokens: ["output_tokens", z.int()],
    totalTokens: ["total_tokens", z.int()],
  },
);

export const ImageGenStreamEventImageGenerationCompletedUsage$outboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompletedUsage$Outbound, ImageGenStreamEventImageGenerationCompletedUsage> = objectOutbound<ImageGenStreamEventImageGenerationCompletedUsage, ImageGenStreamEventImageGenerationCompletedUsage$Outbound>(
  {
    inputTokens: ["input_tokens", z.int()],
    inputTokensDetails: ["input_tokens_details", ImageGenStreamEventImageGenerationCompletedUsageInputTokensDetails$outboundSchema],
    outputTokens: ["output_tokens", z.int()],
    totalTokens: ["total_tokens", z.int()],
  },
);

export function imageGenStreamEventImageGenerationCompletedUsageToJSON(value: ImageGenStreamEventImageGenerationCompletedUsage): string {
  return stringifyJSON(value, ImageGenStreamEventImageGenerationCompletedUsage$outboundSchema, "ImageGenStreamEventImageGenerationCompletedUsage");
}

export function imageGenStreamEventImageGenerationCompletedUsageFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenStreamEventImageGenerationCompletedUsage, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenStreamEventImageGenerationCompletedUsage$inboundSchema, "ImageGenStreamEventImageGenerationCompletedUsage");
}

/**
 * Sent when a streaming image generation has finished and the final image is available.
 */
export type ImageGenStreamEventImageGenerationCompleted = {
  /**
   * The event type, always `image_generation.completed`.
   */
  type: TypeImageGenerationCompleted;
  /**
   * The final image, base64-encoded.
   */
  b64Json: string;
  /**
   * When the event was created, in Unix seconds.
   */
  createdAt: number;
  /**
   * Size of the generated image.
   */
  size: ImageGenStreamEventImageGenerationCompletedSize;
  /**
   * Quality of the generated image.
   */
  quality: ImageGenStreamEventImageGenerationCompletedQuality;
  /**
   * Background of the generated image.
   */
  background: ImageGenStreamEventImageGenerationCompletedBackground;
  /**
   * Output format of the generated image.
   */
  outputFormat: ImageGenStreamEventImageGenerationCompletedOutputFormat;
  /**
   * Token usage of the generation.
   */
  usage: ImageGenStreamEventImageGenerationCompletedUsage;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImageGenStreamEventImageGenerationCompleted as it is sent on the wire. */
export type ImageGenStreamEventImageGenerationCompleted$Outbound = {
  type: TypeImageGenerationCompleted;
  b64_json: string;
  created_at: number;
  size: ImageGenStreamEventImageGenerationCompletedSize;
  quality: ImageGenStreamEventImageGenerationCompletedQuality;
  background: ImageGenStreamEventImageGenerationCompletedBackground;
  output_format: ImageGenStreamEventImageGenerationCompletedOutputFormat;
  usage: ImageGenStreamEventImageGenerationCompletedUsage$Outbound;
  [k: string]: unknown;
};

export const ImageGenStreamEventImageGenerationCompleted$inboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompleted, unknown> = objectInbound<ImageGenStreamEventImageGenerationCompleted>(
  {
    type: ["type", TypeImageGenerationCompleted$inboundSchema],
    b64Json: ["b64_json", z.string()],
    createdAt: ["created_at", z.int()],
    size: ["size", ImageGenStreamEventImageGenerationCompletedSize$inboundSchema],
    quality: ["quality", ImageGenStreamEventImageGenerationCompletedQuality$inboundSchema],
    background: ["background", ImageGenStreamEventImageGenerationCompletedBackground$inboundSchema],
    outputFormat: ["output_format", ImageGenStreamEventImageGenerationCompletedOutputFormat$inboundSchema],
    usage: ["usage", ImageGenStreamEventImageGenerationCompletedUsage$inboundSchema],
  },
);

export const ImageGenStreamEventImageGenerationCompleted$outboundSchema: z.ZodType<ImageGenStreamEventImageGenerationCompleted$Outbound, ImageGenStreamEventImageGenerationCompleted> = objectOutbound<ImageGenStreamEventImageGenerationCompleted, ImageGenStreamEventImageGenerationCompleted$Outbound>(
  {
    type: ["type", TypeImageGenerationCompleted$outboundSchema],
    b64Json: ["b64_json", z.string()],
    createdAt: ["created_at", z.int()],
    size: ["size", ImageGenStreamEventImageGenerationCompletedSize$outboundSchema],
    quality: ["quality", ImageGenStreamEventImageGenerationCompletedQuality$outboundSchema],
    background: ["background", ImageGenStreamEventImageGenerationCompletedBackground$outboundSchema],
    outputFormat: ["output_format", ImageGenStreamEventImageGenerationCompletedOutputFormat$outboundSchema],
    usage: ["usage", ImageGenStreamEventImageGenerationCompletedUsage$outboundSchema],
  },
);

export function imageGenStreamEventImageGenerationCompletedToJSON(value: ImageGenStreamEventImageGenerationCompleted): string {
  return stringifyJSON(value, ImageGenStreamEventImageGenerationCompleted$outboundSchema, "ImageGenStreamEventImageGenerationCompleted");
}

export function imageGenStreamEventImageGenerationCompletedFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenStreamEventImageGenerationCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenStreamEventImageGenerationCompleted$inboundSchema, "ImageGenStreamEventImageGenerationCompleted");
}
