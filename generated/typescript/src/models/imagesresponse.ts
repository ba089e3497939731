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
  Image$inboundSchema,
  Image$outboundSchema,
  type Image,
  type Image$Outbound,
} from "./image.js";

/**
 * Background the images were generated with.
 */
export const ImagesResponseBackground = {
  Transparent: "transparent",
  Opaque: "opaque",
} as const;
/**
 * Background the images were generated with.
 */
export type ImagesResponseBackground = ClosedEnum<typeof ImagesResponseBackground>;

export const ImagesResponseBackground$inboundSchema: z.ZodType<ImagesResponseBackground, unknown> = enumSchema(ImagesResponseBackground);

export const ImagesResponseBackground$outboundSchema: z.ZodType<ImagesResponseBackground, ImagesResponseBackground> = enumSchema(ImagesResponseBackground);

export function imagesResponseBackgroundToJSON(value: ImagesResponseBackground): string {
  return stringifyJSON(value, ImagesResponseBackground$outboundSchema, "ImagesResponseBackground");
}

export function imagesResponseBackgroundFromJSON(
  jsonString: string,
): SafeParseResult<ImagesResponseBackground, SDKValidationError> {
  return safeParseJSON(jsonString, ImagesResponseBackground$inboundSchema, "ImagesResponseBackground");
}

/**
 * File format of the images.
 */
export const ImagesResponseOutputFormat = {
  Png: "png",
  Webp: "webp",
  Jpeg: "jpeg",
} as const;
/**
 * File format of the images.
 */
export type ImagesResponseOutputFormat = ClosedEnum<typeof ImagesResponseOutputFormat>;

export const ImagesResponseOutputFormat$inboundSchema: z.ZodType<ImagesResponseOutputFormat, unknown> = enumSchema(ImagesResponseOutputFormat);

export const ImagesResponseOutputFormat$outboundSchema: z.ZodType<ImagesResponseOutputFormat, ImagesResponseOutputFormat> = enumSchema(ImagesResponseOutputFormat);

export function imagesResponseOutputFormatToJSON(value: ImagesResponseOutputFormat): string {
  return stringifyJSON(value, ImagesResponseOutputFormat$outboundSchema, "ImagesResponseOutputFormat");
}

export function imagesResponseOutputFormatFromJSON(
  jsonString: string,
): SafeParseResult<ImagesResponseOutputFormat, SDKValidationError> {
  return safeParseJSON(jsonString, ImagesResponseOutputFormat$inboundSchema, "ImagesResponseOutputFormat");
}

/**
 * Dimensions of the images.
 */
export const ImagesResponseSize = {
  OneThousandAndTwentyFourx1024: "1024x1024",
  OneThousandAndTwentyFourx1536: "1024x1536",
  OneThousandFiveHundredAndThirtySixx1024: "1536x1024",
} as const;
/**
 * Dimensions of the images.
 */
export type ImagesResponseSize = ClosedEnum<typeof ImagesResponseSize>;

export const ImagesResponseSize$inboundSchema: z.ZodType<ImagesResponseSize, unknown> = enumSchema(ImagesResponseSize);

export const ImagesResponseSize$outboundSchema: z.ZodType<ImagesResponseSize, ImagesResponseSize> = enumSchema(ImagesResponseSize);

export function imagesResponseSizeToJSON(value: ImagesResponseSize): string {
  return stringifyJSON(value, ImagesResponseSize$outboundSchema, "ImagesResponseSize");
}

export function imagesResponseSizeFromJSON(
  jsonString: string,
): SafeParseResult<ImagesResponseSize, SDKValidationError> {
  return safeParseJSON(jsonString, ImagesResponseSize$inboundSchema, "ImagesResponseSize");
}

/**
 * Quality the images were generated at.
 */
export const ImagesResponseQuality = {
  Low: "low",
  Medium: "medium",
  High: "high",
} as const;
/**
 * Quality the images were generated at.
 */
export type ImagesResponseQuality = ClosedEnum<typeof ImagesResponseQuality>;

export const ImagesResponseQuality$inboundSchema: z.ZodType<ImagesResponseQuality, unknown> = enumSchema(ImagesResponseQuality);

export const ImagesResponseQuality$outboundSchema: z.ZodType<ImagesResponseQuality, ImagesResponseQuality> = enumSchema(ImagesResponseQuality);

export function imagesResponseQualityToJSON(value: ImagesResponseQuality): string {
  return stringifyJSON(value, ImagesResponseQuality$outboundSchema, "ImagesResponseQuality");
}

export function imagesResponseQualityFromJSON(
  jsonString: string,
): SafeParseResult<ImagesResponseQuality, SDKValidationError> {
  return safeParseJSON(jsonString, ImagesResponseQuality$inboundSchema, "ImagesResponseQuality");
}

/**
 * The input tokens, split by kind.
 */
export type ImagesResponseUsageInputTokensDetails = {
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

/** ImagesResponseUsageInputTokensDetails as it is sent on the wire. */
export type ImagesResponseUsageInputTokensDetails$Outbound = {
  image_tokens: number;
  text_tokens: number;
  [k: string]: unknown;
};

export const ImagesResponseUsageInputTokensDetails$inboundSchema: z.ZodType<ImagesResponseUsageInputTokensDetails, unknown> = objectInbound<ImagesResponseUsageInputTokensDetails>(
  {
    imageTokens: ["image_tokens", z.int()],
    textTokens: ["text_tokens", z.int()],
  },
);

export const ImagesResponseUsageInputTokensDetails$outboundSchema: z.ZodType<ImagesResponseUsageInputTokensDetails$Outbound, ImagesResponseUsageInputTokensDetails> = objectOutbound<ImagesResponseUsageInputTokensDetails, ImagesResponseUsageInputTokensDetails$Outbound>(
  {
    imageTokens: ["image_tokens", z.int()],
    textTokens: ["text_tokens", z.int()],
  },
);

export function imagesResponseUsageInputTokensDetailsToJSON(value: ImagesResponseUsageInputTokensDetails): string {
  return stringifyJSON(value, ImagesResponseUsageInputTokensDetails$outboundSchema, "ImagesResponseUsageInputTokensDetails");
}

export function imagesResponseUsageInputTokensDetailsFromJSON(
  jsonString: string,
): SafeParseResult<ImagesResponseUsageInputTokensDetails, SDKValidationError> {
  return safeParseJSON(jsonString, ImagesResponseUsageInputTokensDetails$inboundSchema, "ImagesResponseUsageInputTokensDetails");
}

/**
 * The output tokens, split by kind.
 */
export type ImagesResponseUsageOutputTokensDetails = {
  /**
   * Image tokens in the output.
   */
  imageTokens: number;
  /**
   * Text tokens in the output.
   */
  textTokens: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImagesResponseUsageOutputTokensDetails as it is sent on the wire. */
export type ImagesResponseUsageOutputTokensDetails$Outbound = {
  image_tokens: number;
  text_tokens: number;
  [k: string]: unknown;
};

export const ImagesResponseUsageOutputTokensDetails$inboundSchema: z.ZodType<ImagesResponseUsageOutputTokensDetails, unknown> = objectInbound<ImagesResponseUsageOutputTokensDetails>(
  {
    imageTokens: ["image_tokens", z.int()],
    textTokens: ["text_tokens", z.int()],
  },
);

export const ImagesResponseUsageOutputTokensDetails$outboundSchema: z.ZodType<ImagesResponseUsageOutputTokensDetails$Outbound, ImagesResponseUsageOutputTokensDetails> = objectOutbound<ImagesResponseUsageOutputTokensDetails, ImagesResponseUsageOutputTokensDetails$Outbound>(
  {
    imageTokens: ["image_tokens", z.int()],
    textTokens: ["text_tokens", z.int()],
  },
);

export function imagesResponseUsageOutputTokensDetailsToJSON(value: ImagesResponseUsageOutputTokensDetails): string {
  return stringifyJSON(value, ImagesResponseUsageOutputTokensDetails$outboundSchema, "ImagesResponseUsageOutputTokensDetails");
}

export function imagesResponseUsageOutputTokensDetailsFromJSON(
  jsonString: string,
): SafeParseResult<ImagesResponseUsageOutputTokensDetails, SDKValidationError> {
  return safeParseJSON(jsonString, ImagesResponseUsageOutputTokensDetails$inboundSchema, "ImagesResponseUsageOutputTokensDetails");
}

/**
 * Token usage of the request (GPT image models only).
 */
export type ImagesResponseUsage = {
  /**
   * Tokens in the input, text and images together.
   */
  inputTokens: number;
  /**
   * The input tokens, split by kind.
   */
  inputTokensDetails: ImagesResponseUsageInputTokensDetails;
  /**
   * Tokens the model produced.
   */
  outputTokens: number;
  /**
   * Input and output tokens together.
   */
  totalTokens: number;
  /**
   * The output tokens, split by kind.
   */
  outputTokensDetails?: ImagesResponseUsageOutputTokensDetails | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImagesResponseUsage as it is sent on the wire. */
export type ImagesResponseUsage$Outbound = {
  input_tokens: number;
  input_tokens_details: ImagesResponseUsageInputTokensDetails$Outbound;
  output_tokens: number;
  total_tokens: number;
  output_tokens_details?: ImagesResponseUsageOutputTokensDetails$Outbound | undefined;
  [k: string]: unknown;
};

export const ImagesResponseUsage$inboundSchema: z.ZodType<ImagesResponseUsage, unknown> = objectInbound<ImagesResponseUsage>(
  {
    inputTokens: ["input_tokens", z.int()],
    inputTokensDetails: ["input_tokens_details", ImagesResponseUsageInputTokensDetails$inboundSchema],
    outputTokens: ["output_tokens", z.int()],
    totalTokens: ["total_tokens", z.int()],
    outputTokensDetails: ["output_tokens_details", ImagesResponseUsageOutputTokensDetails$inboundSchema.optional()],
  },
);

export const ImagesResponseUsage$outboundSchema: z.ZodType<ImagesResponseUsage$Outbound, ImagesResponseUsage> = objectOutbound<ImagesResponseUsage, ImagesResponseUsage$Outbound>(
  {
    inputTokens: ["input_tokens", z.int()],
    inputTokensDetails: ["input_tokens_details", ImagesResponseUsageInputTokensDetails$outboundSchema],
    outputTokens: ["output_tokens", z.int()],
    totalTokens: ["total_tokens", z.int()],
    outputTokensDetails: ["output_tokens_details", ImagesResponseUsageOutputTokensDetails$outboundSchema.optional()],
  },
);

export function imagesResponseUsageToJSON(value: ImagesResponseUsage): string {
  return stringifyJSON(value, ImagesResponseUsage$outboundSchema, "ImagesResponseUsage");
}

export function imagesResponseUsageFromJSON(
  jsonString: string,
): SafeParseResult<ImagesResponseUsage, SDKValidationError> {
  return safeParseJSON(jsonString, ImagesResponseUsage$inboundSchema, "ImagesResponseUsage");
}

/**
 * The result of an image generation request.
 */
export type ImagesResponse = {
  /**
   * When the images were created, in Unix seconds.
   */
  created: number;
  /**
   * The generated images.
   */
  data?: Array<Image> | undefined;
  /**
   * Background the images were generated with.
   */
  background?: ImagesResponseBackground | undefined;
  /**
   * File format of the images.
   */
  outputFormat?: ImagesResponseOutputFormat | undefined;
  /**
   * Dimensions of the images.
   */
  size?: ImagesResponseSize | undefined;
  /**
   * Quality the images were generated at.
   */
  quality?: ImagesResponseQuality | undefined;
  /**
   * Token usage of the request (GPT image models only).
   */
  usage?: ImagesResponseUsage | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImagesResponse as it is sent on the wire. */
export type ImagesResponse$Outbound = {
  created: number;
  data?: Array<Image$Outbound> | undefined;
  background?: ImagesResponseBackground | undefined;
  output_format?: ImagesResponseOutputFormat | undefined;
  size?: ImagesResponseSize | undefined;
  quality?: ImagesResponseQuality | undefined;
  usage?: ImagesResponseUsage$Outbound | undefined;
  [k: string]: unknown;
};

export const ImagesResponse$inboundSchema: z.ZodType<ImagesResponse, unknown> = objectInbound<ImagesResponse>(
  {
    created: ["created", z.int()],
    data: ["data", z.array(Image$inboundSchema).optional()],
    background: ["background", ImagesResponseBackground$inboundSchema.optional()],
    outputFormat: ["output_format", ImagesResponseOutputFormat$inboundSchema.optional()],
    size: ["size", ImagesResponseSize$inboundSchema.optional()],
    quality: ["quality", ImagesResponseQuality$inboundSchema.optional()],
    usage: ["usage", ImagesResponseUsage$inboundSchema.optional()],
  },
);

export const ImagesResponse$outboundSchema: z.ZodType<ImagesResponse$Outbound, ImagesResponse> = objectOutbound<ImagesResponse, ImagesResponse$Outbound>(
  {
    created: ["created", z.int()],
    data: ["data", z.array(Image$outboundSchema).optional()],
    background: ["background", ImagesResponseBackground$outboundSchema.optional()],
    outputFormat: ["output_format", ImagesResponseOutputFormat$outboundSchema.optional()],
    size: ["size", ImagesResponseSize$outboundSchema.optional()],
    quality: ["quality", ImagesResponseQuality$outboundSchema.optional()],
    usage: ["usage", ImagesResponseUsage$outboundSchema.optional()],
  },
);

export function imagesResponseToJSON(value: ImagesResponse): string {
  return stringifyJSON(value, ImagesResponse$outboundSchema, "ImagesResponse");
}

export function imagesResponseFromJSON(
  jsonString: string,
): SafeParseResult<ImagesResponse, SDKValidationError> {
  return safeParseJSON(jsonString, ImagesResponse$inboundSchema, "ImagesResponse");
}
