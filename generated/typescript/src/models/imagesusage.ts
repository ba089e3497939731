// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type ImagesUsageInputTokensDetails = {
  textTokens: number;
  imageTokens: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImagesUsageInputTokensDetails as it is sent on the wire. */
export type ImagesUsageInputTokensDetails$Outbound = {
  text_tokens: number;
  image_tokens: number;
  [k: string]: unknown;
};

export const ImagesUsageInputTokensDetails$inboundSchema: z.ZodType<ImagesUsageInputTokensDetails, unknown> = objectInbound<ImagesUsageInputTokensDetails>(
  {
    textTokens: ["text_tokens", z.int()],
    imageTokens: ["image_tokens", z.int()],
  },
);

export const ImagesUsageInputTokensDetails$outboundSchema: z.ZodType<ImagesUsageInputTokensDetails$Outbound, ImagesUsageInputTokensDetails> = objectOutbound<ImagesUsageInputTokensDetails, ImagesUsageInputTokensDetails$Outbound>(
  {
    textTokens: ["text_tokens", z.int()],
    imageTokens: ["image_tokens", z.int()],
  },
);

export function imagesUsageInputTokensDetailsToJSON(value: ImagesUsageInputTokensDetails): string {
  return stringifyJSON(value, ImagesUsageInputTokensDetails$outboundSchema, "ImagesUsageInputTokensDetails");
}

export function imagesUsageInputTokensDetailsFromJSON(
  jsonString: string,
): SafeParseResult<ImagesUsageInputTokensDetails, SDKValidationError> {
  return safeParseJSON(jsonString, ImagesUsageInputTokensDetails$inboundSchema, "ImagesUsageInputTokensDetails");
}

/**
 * Token usage of an image generation or edit (GPT image models only).
 */
export type ImagesUsage = {
  totalTokens: number;
  inputTokens: number;
  outputTokens: number;
  inputTokensDetails: ImagesUsageInputTokensDetails;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImagesUsage as it is sent on the wire. */
export type ImagesUsage$Outbound = {
  total_tokens: number;
  input_tokens: number;
  output_tokens: number;
  input_tokens_details: ImagesUsageInputTokensDetails$Outbound;
  [k: string]: unknown;
};

export const ImagesUsage$inboundSchema: z.ZodType<ImagesUsage, unknown> = objectInbound<ImagesUsage>(
  {
    totalTokens: ["total_tokens", z.int()],
    inputTokens: ["input_tokens", z.int()],
    outputTokens: ["output_tokens", z.int()],
    inputTokensDetails: ["input_tokens_details", ImagesUsageInputTokensDetails$inboundSchema],
  },
);

export const ImagesUsage$outboundSchema: z.ZodType<ImagesUsage$Outbound, ImagesUsage> = objectOutbound<ImagesUsage, ImagesUsage$Outbound>(
  {
    totalTokens: ["total_tokens", z.int()],
    inputTokens: ["input_tokens", z.int()],
    outputTokens: ["output_tokens", z.int()],
    inputTokensDetails: ["input_tokens_details", ImagesUsageInputTokensDetails$outboundSchema],
  },
);

export function imagesUsageToJSON(value: ImagesUsage): string {
  return stringifyJSON(value, ImagesUsage$outboundSchema, "ImagesUsage");
}

export function imagesUsageFromJSON(
  jsonString: string,
): SafeParseResult<ImagesUsage, SDKValidationError> {
  return safeParseJSON(jsonString, ImagesUsage$inboundSchema, "ImagesUsage");
}
