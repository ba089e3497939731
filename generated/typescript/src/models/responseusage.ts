// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type ResponseUsageInputTokensDetails = {
  cachedTokens: number;
  cacheWriteTokens: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ResponseUsageInputTokensDetails as it is sent on the wire. */
export type ResponseUsageInputTokensDetails$Outbound = {
  cached_tokens: number;
  cache_write_tokens: number;
  [k: string]: unknown;
};

export const ResponseUsageInputTokensDetails$inboundSchema: z.ZodType<ResponseUsageInputTokensDetails, unknown> = objectInbound<ResponseUsageInputTokensDetails>(
  {
    cachedTokens: ["cached_tokens", z.int()],
    cacheWriteTokens: ["cache_write_tokens", z.int()],
  },
);

export const ResponseUsageInputTokensDetails$outboundSchema: z.ZodType<ResponseUsageInputTokensDetails$Outbound, ResponseUsageInputTokensDetails> = objectOutbound<ResponseUsageInputTokensDetails, ResponseUsageInputTokensDetails$Outbound>(
  {
    cachedTokens: ["cached_tokens", z.int()],
    cacheWriteTokens: ["cache_write_tokens", z.int()],
  },
);

export function responseUsageInputTokensDetailsToJSON(value: ResponseUsageInputTokensDetails): string {
  return stringifyJSON(value, ResponseUsageInputTokensDetails$outboundSchema, "ResponseUsageInputTokensDetails");
}

export function responseUsageInputTokensDetailsFromJSON(
  jsonString: string,
): SafeParseResult<ResponseUsageInputTokensDetails, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseUsageInputTokensDetails$inboundSchema, "ResponseUsageInputTokensDetails");
}

export type ResponseUsageOutputTokensDetails = {
  reasoningTokens: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ResponseUsageOutputTokensDetails as it is sent on the wire. */
export type ResponseUsageOutputTokensDetails$Outbound = {
  reasoning_tokens: number;
  [k: string]: unknown;
};

export const ResponseUsageOutputTokensDetails$inboundSchema: z.ZodType<ResponseUsageOutputTokensDetails, unknown> = objectInbound<ResponseUsageOutputTokensDetails>(
  {
    reasoningTokens: ["reasoning_tokens", z.int()],
  },
);

export const ResponseUsageOutputTokensDetails$outboundSchema: z.ZodType<ResponseUsageOutputTokensDetails$Outbound, ResponseUsageOutputTokensDetails> = objectOutbound<ResponseUsageOutputTokensDetails, ResponseUsageOutputTokensDetails$Outbound>(
  {
    reasoningTokens: ["reasoning_tokens", z.int()],
  },
);

export function responseUsageOutputTokensDetailsToJSON(value: ResponseUsageOutputTokensDetails): string {
  return stringifyJSON(value, ResponseUsageOutputTokensDetails$outboundSchema, "ResponseUsageOutputTokensDetails");
}

export function responseUsageOutputTokensDetailsFromJSON(
  jsonString: string,
): SafeParseResult<ResponseUsageOutputTokensDetails, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseUsageOutputTokensDetails$inboundSchema, "ResponseUsageOutputTokensDetails");
}

export type ResponseUsage = {
  inputTokens: number;
  inputTokensDetails: ResponseUsageInputTokensDetails;
  outputTokens: number;
  outputTokensDetails: ResponseUsageOutputTokensDetails;
  totalTokens: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ResponseUsage as it is sent on the wire. */
export type ResponseUsage$Outbound = {
  input_tokens: number;
  input_tokens_details: ResponseUsageInputTokensDetails$Outbound;
  output_tokens: number;
  output_tokens_details: ResponseUsageOutputTokensDetails$Outbound;
  total_tokens: number;
  [k: string]: unknown;
};

export const ResponseUsage$inboundSchema: z.ZodType<ResponseUsage, unknown> = objectInbound<ResponseUsage>(
  {
    inputTokens: ["input_tokens", z.int()],
    inputTokensDetails: ["input_tokens_details", ResponseUsageInputTokensDetails$inboundSchema],
    outputTokens: ["output_tokens", z.int()],
    outputTokensDetails: ["output_tokens_details", ResponseUsageOutputTokensDetails$inboundSchema],
    totalTokens: ["total_tokens", z.int()],
  },
);

export const ResponseUsage$outboundSchema: z.ZodType<ResponseUsage$Outbound, ResponseUsage> = objectOutbound<ResponseUsage, ResponseUsage$Outbound>(
  {
    inputTokens: ["input_tokens", z.int()],
    inputTokensDetails: ["input_tokens_details", ResponseUsageInputTokensDetails$outboundSchema],
    outputTokens: ["output_tokens", z.int()],
    outputTokensDetails: ["output_tokens_details", ResponseUsageOutputTokensDetails$outboundSchema],
    totalTokens: ["total_tokens", z.int()],
  },
);

export function responseUsageToJSON(value: ResponseUsage): string {
  return stringifyJSON(value, ResponseUsage$outboundSchema, "ResponseUsage");
}

export function responseUsageFromJSON(
  jsonString: string,
): SafeParseResult<ResponseUsage, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseUsage$inboundSchema, "ResponseUsage");
}
