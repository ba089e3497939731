// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
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

export const ModelResponseProperties$inboundSchema: z.ZodType<ModelResponseProperties, unknown> = objectInbound(
  {
    metadata: Metadata$inboundSchema.nullable().optional(),
    top_logprobs: z.int().gte(0).lte(20).nullable().optional(),
    temperature: z.number().gte(0).lte(2).nullable().optional(),
    top_p: z.number().gte(0).lte(1).nullable().optional(),
    user: z.string().optional(),
    safety_identifier: z.string().max(64).nullable().optional(),
    prompt_cache_key: z.string().nullable().optional(),
    prompt_cache_retention: ModelResponsePropertiesPromptCacheRetention$inboundSchema.nullable().optional(),
  },
  (v) => ({
    ...(v.metadata === undefined ? {} : { metadata: v.metadata }),
    ...(v.top_logprobs === undefined ? {} : { topLogprobs: v.top_logprobs }),
    ...(v.temperature === undefined ? {} : { temperature: v.temperature }),
    ...(v.top_p === undefined ? {} : { topP: v.top_p }),
    ...(v.user === undefined ? {} : { user: v.user }),
    ...(v.safety_identifier === undefined ? {} : { safetyIdentifier: v.safety_identifier }),
    ...(v.prompt_cache_key === undefined ? {} : { promptCacheKey: v.prompt_cache_key }),
    ...(v.prompt_cache_retention === undefined ? {} : { promptCacheRetention: v.prompt_cache_retention }),
    ...collectAdditionalProperties(v, ["metadata", "top_logprobs", "temperature", "top_p", "user", "safety_identifier", "prompt_cache_key", "prompt_cache_retention"]),
  }),
);

export const ModelResponseProperties$outboundSchema: z.ZodType<ModelResponseProperties$Outbound, ModelResponseProperties> = objectOutbound(
  {
    metadata: Metadata$outboundSchema.nullable().optional(),
    topLogprobs: z.int().gte(0).lte(20).nullable().optional(),
    temperature: z.number().gte(0).lte(2).nullable().optional(),
    topP: z.number().gte(0).lte(1).nullable().optional(),
    user: z.string().optional(),
    safetyIdentifier: z.string().max(64).nullable().optional(),
    promptCacheKey: z.string().nullable().optional(),
    promptCacheRetention: ModelResponsePropertiesPromptCacheRetention$outboundSchema.nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    ...(v.metadata === undefined ? {} : { metadata: v.metadata }),
    ...(v.topLogprobs === undefined ? {} : { top_logprobs: v.topLogprobs }),
    ...(v.temperature === undefined ? {} : { temperature: v.temperature }),
    ...(v.topP === undefined ? {} : { top_p: v.topP }),
    ...(v.user === undefined ? {} : { user: v.user }),
    ...(v.safetyIdentifier === undefined ? {} : { safety_identifier: v.safetyIdentifier }),
    ...(v.promptCacheKey === undefined ? {} : { prompt_cache_key: v.promptCacheKey }),
    ...(v.promptCacheRetention === undefined ? {} : { prompt_cache_retention: v.promptCacheRetention }),
    ...emitAdditionalProperties(v.additionalProperties, ["metadata", "top_logprobs", "temperature", "top_p", "user", "safety_identifier", "prompt_cache_key", "prompt_cache_retention"]),
  }),
);

export function modelResponsePropertiesToJSON(value: ModelResponseProperties): string {
  return stringifyJSON(value, ModelResponseProperties$outboundSchema, "ModelResponseProperties");
}

export function modelResponsePropertiesFromJSON(
  jsonString: string,
): SafeParseResult<ModelResponseProperties, SDKValidationError> {
  return safeParseJSON(jsonString, ModelResponseProperties$inboundSchema, "ModelResponseProperties");
}
