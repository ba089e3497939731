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

export const ResponseUsageInputTokensDetails$inboundSchema: z.ZodType<ResponseUsageInputTokensDetails, unknown> = objectInbound(
  {
    cached_tokens: z.int(),
    cache_write_tokens: z.int(),
  },
  (v) => ({
    cachedTokens: v.cached_tokens,
    cacheWriteTokens: v.cache_write_tokens,
    ...collectAdditionalProperties(v, ["cached_tokens", "cache_write_tokens"]),
  }),
);

export const ResponseUsageInputTokensDetails$outboundSchema: z.ZodType<ResponseUsageInputTokensDetails$Outbound, ResponseUsageInputTokensDetails> = objectOutbound(
  {
    cachedTokens: z.int(),
    cacheWriteTokens: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    cached_tokens: v.cachedTokens,
    cache_write_tokens: v.cacheWriteTokens,
    ...emitAdditionalProperties(v.additionalProperties, ["cached_tokens", "cache_write_tokens"]),
  }),
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

export const ResponseUsageOutputTokensDetails$inboundSchema: z.ZodType<ResponseUsageOutputTokensDetails, unknown> = objectInbound(
  {
    reasoning_tokens: z.int(),
  },
  (v) => ({
    reasoningTokens: v.reasoning_tokens,
    ...collectAdditionalProperties(v, ["reasoning_tokens"]),
  }),
);

export const ResponseUsageOutputTokensDetails$outboundSchema: z.ZodType<ResponseUsageOutputTokensDetails$Outbound, ResponseUsageOutputTokensDetails> = objectOutbound(
  {
    reasoningTokens: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    reasoning_tokens: v.reasoningTokens,
    ...emitAdditionalProperties(v.additionalProperties, ["reasoning_tokens"]),
  }),
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

export const ResponseUsage$inboundSchema: z.ZodType<ResponseUsage, unknown> = objectInbound(
  {
    input_tokens: z.int(),
    input_tokens_details: ResponseUsageInputTokensDetails$inboundSchema,
    output_tokens: z.int(),
    output_tokens_details: ResponseUsageOutputTokensDetails$inboundSchema,
    total_tokens: z.int(),
  },
  (v) => ({
    inputTokens: v.input_tokens,
    inputTokensDetails: v.input_tokens_details,
    outputTokens: v.output_tokens,
    outputTokensDetails: v.output_tokens_details,
    totalTokens: v.total_tokens,
    ...collectAdditionalProperties(v, ["input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details", "total_tokens"]),
  }),
);

export const ResponseUsage$outboundSchema: z.ZodType<ResponseUsage$Outbound, ResponseUsage> = objectOutbound(
  {
    inputTokens: z.int(),
    inputTokensDetails: ResponseUsageInputTokensDetails$outboundSchema,
    outputTokens: z.int(),
    outputTokensDetails: ResponseUsageOutputTokensDetails$outboundSchema,
    totalTokens: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    input_tokens: v.inputTokens,
    input_tokens_details: v.inputTokensDetails,
    output_tokens: v.outputTokens,
    output_tokens_details: v.outputTokensDetails,
    total_tokens: v.totalTokens,
    ...emitAdditionalProperties(v.additionalProperties, ["input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details", "total_tokens"]),
  }),
);

export function responseUsageToJSON(value: ResponseUsage): string {
  return stringifyJSON(value, ResponseUsage$outboundSchema, "ResponseUsage");
}

export function responseUsageFromJSON(
  jsonString: string,
): SafeParseResult<ResponseUsage, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseUsage$inboundSchema, "ResponseUsage");
}
