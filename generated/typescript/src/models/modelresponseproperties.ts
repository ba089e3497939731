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
  Metadata$inboundSchema,
  Metadata$outboundSchema,
  type Metadata,
  type Metadata$Outbound,
} from "./metadata.js";

/**
 * @deprecated
 */
export const ModelResponsePropertiesPromptCacheRetention = {
  InMemory: "in_memory",
  TwentyFourh: "24h",
} as const;
/**
 * @deprecated
 */
export type ModelResponsePropertiesPromptCacheRetention = ClosedEnum<typeof ModelResponsePropertiesPromptCacheRetention>;

export const ModelResponsePropertiesPromptCacheRetention$inboundSchema: z.ZodType<ModelResponsePropertiesPromptCacheRetention, unknown> = enumSchema(ModelResponsePropertiesPromptCacheRetention);

export const ModelResponsePropertiesPromptCacheRetention$outboundSchema: z.ZodType<ModelResponsePropertiesPromptCacheRetention, ModelResponsePropertiesPromptCacheRetention> = enumSchema(ModelResponsePropertiesPromptCacheRetention);

export function modelResponsePropertiesPromptCacheRetentionToJSON(value: ModelResponsePropertiesPromptCacheRetention): string {
  return stringifyJSON(value, ModelResponsePropertiesPromptCacheRetention$outboundSchema, "ModelResponsePropertiesPromptCacheRetention");
}

export function modelResponsePropertiesPromptCacheRetentionFromJSON(
  jsonString: string,
): SafeParseResult<ModelResponsePropertiesPromptCacheRetention, SDKValidationError> {
  return safeParseJSON(jsonString, ModelResponsePropertiesPromptCacheRetention$inboundSchema, "ModelResponsePropertiesPromptCacheRetention");
}

export type ModelResponseProperties = {
  metadata?: Metadata | null | undefined;
  topLogprobs?: number | null | undefined;
  temperature?: number | null | undefined;
  topP?: number | null | undefined;
  /**
   * @deprecated
   */
  user?: string | undefined;
  safetyIdentifier?: string | null | undefined;
  promptCacheKey?: string | null | undefined;
  /**
   * @deprecated
   */
  promptCacheRetention?: ModelResponsePropertiesPromptCacheRetention | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ModelResponseProperties as it is sent on the wire. */
export type ModelResponseProperties$Outbound = {
  metadata?: Metadata$Outbound | null | undefined;
  top_logprobs?: number | null | undefined;
  temperature?: number | null | undefined;
  top_p?: number | null | undefined;
  user?: string | undefined;
  safety_identifier?: string | null | undefined;
  prompt_cache_key?: string | null | undefined;
  prompt_cache_retention?: ModelResponsePropertiesPromptCacheRetention | null | undefined;
  [k: string]: unknown;
};

export const ModelResponseProperties$inboundSchema: z.ZodType<ModelResponseProperties, unknown> = objectInbound<ModelResponseProperties>(
  {
    metadata: ["metadata", Metadata$inboundSchema.nullable().optional()],
    topLogprobs: ["top_logprobs", z.int().gte(0).lte(20).nullable().optional()],
    temperature: ["temperature", z.number().gte(0).lte(2).nullable().optional()],
    topP: ["top_p", z.number().gte(0).lte(1).nullable().optional()],
    user: ["user", z.string().optional()],
    safetyIdentifier: ["safety_identifier", z.string().max(64).nullable().optional()],
    promptCacheKey: ["prompt_cache_key", z.string().nullable().optional()],
    promptCacheRetention: ["prompt_cache_retention", ModelResponsePropertiesPromptCacheRetention$inboundSchema.nullable().optional()],
  },
);

export const ModelResponseProperties$outboundSchema: z.ZodType<ModelResponseProperties$Outbound, ModelResponseProperties> = objectOutbound<ModelResponseProperties, ModelResponseProperties$Outbound>(
  {
    metadata: ["metadata", Metadata$outboundSchema.nullable().optional()],
    topLogprobs: ["top_logprobs", z.int().gte(0).lte(20).nullable().optional()],
    temperature: ["temperature", z.number().gte(0).lte(2).nullable().optional()],
    topP: ["top_p", z.number().gte(0).lte(1).nullable().optional()],
    user: ["user", z.string().optional()],
    safetyIdentifier: ["safety_identifier", z.string().max(64).nullable().optional()],
    promptCacheKey: ["prompt_cache_key", z.string().nullable().optional()],
    promptCacheRetention: ["prompt_cache_retention", ModelResponsePropertiesPromptCacheRetention$outboundSchema.nullable().optional()],
  },
);

export function modelResponsePropertiesToJSON(value: ModelResponseProperties): string {
  return stringifyJSON(value, ModelResponseProperties$outboundSchema, "ModelResponseProperties");
}

export function modelResponsePropertiesFromJSON(
  jsonString: string,
): SafeParseResult<ModelResponseProperties, SDKValidationError> {
  return safeParseJSON(jsonString, ModelResponseProperties$inboundSchema, "ModelResponseProperties");
}
