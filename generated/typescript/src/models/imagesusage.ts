// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";

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

export const ImagesUsageInputTokensDetails$inboundSchema: z.ZodType<ImagesUsageInputTokensDetails, unknown> = objectInbound(
  {
    text_tokens: z.int(),
    image_tokens: z.int(),
  },
  (v) => ({
    textTokens: v.text_tokens,
    imageTokens: v.image_tokens,
    ...collectAdditionalProperties(v, ["text_tokens", "image_tokens"]),
  }),
);

export const ImagesUsageInputTokensDetails$outboundSchema: z.ZodType<ImagesUsageInputTokensDetails$Outbound, ImagesUsageInputTokensDetails> = objectOutbound(
  {
    textTokens: z.int(),
    imageTokens: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    text_tokens: v.textTokens,
    image_tokens: v.imageTokens,
    ...emitAdditionalProperties(v.additionalProperties, ["text_tokens", "image_tokens"]),
  }),
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

export const ImagesUsage$inboundSchema: z.ZodType<ImagesUsage, unknown> = objectInbound(
  {
    total_tokens: z.int(),
    input_tokens: z.int(),
    output_tokens: z.int(),
    input_tokens_details: ImagesUsageInputTokensDetails$inboundSchema,
  },
  (v) => ({
    totalTokens: v.total_tokens,
    inputTokens: v.input_tokens,
    outputTokens: v.output_tokens,
    inputTokensDetails: v.input_tokens_details,
    ...collectAdditionalProperties(v, ["total_tokens", "input_tokens", "output_tokens", "input_tokens_details"]),
  }),
);

export const ImagesUsage$outboundSchema: z.ZodType<ImagesUsage$Outbound, ImagesUsage> = objectOutbound(
  {
    totalTokens: z.int(),
    inputTokens: z.int(),
    outputTokens: z.int(),
    inputTokensDetails: ImagesUsageInputTokensDetails$outboundSchema,
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    total_tokens: v.totalTokens,
    input_tokens: v.inputTokens,
    output_tokens: v.outputTokens,
    input_tokens_details: v.inputTokensDetails,
    ...emitAdditionalProperties(v.additionalProperties, ["total_tokens", "input_tokens", "output_tokens", "input_tokens_details"]),
  }),
);

export function imagesUsageToJSON(value: ImagesUsage): string {
  return stringifyJSON(value, ImagesUsage$outboundSchema, "ImagesUsage");
}

export function imagesUsageFromJSON(
  jsonString: string,
): SafeParseResult<ImagesUsage, SDKValidationError> {
  return safeParseJSON(jsonString, ImagesUsage$inboundSchema, "ImagesUsage");
}
