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
import {
  PromptCacheModeEnum$inboundSchema,
  PromptCacheModeEnum$outboundSchema,
  type PromptCacheModeEnum,
} from "./promptcachemodeenum.js";
import {
  PromptCacheTTLEnum$inboundSchema,
  PromptCacheTTLEnum$outboundSchema,
  type PromptCacheTTLEnum,
} from "./promptcachettlenum.js";

export type PromptCacheOptions = {
  ttl: PromptCacheTTLEnum;
  mode: PromptCacheModeEnum;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** PromptCacheOptions as it is sent on the wire. */
export type PromptCacheOptions$Outbound = {
  ttl: PromptCacheTTLEnum;
  mode: PromptCacheModeEnum;
  [k: string]: unknown;
};

export const PromptCacheOptions$inboundSchema: z.ZodType<PromptCacheOptions, unknown> = objectInbound(
  {
    ttl: PromptCacheTTLEnum$inboundSchema,
    mode: PromptCacheModeEnum$inboundSchema,
  },
  (v) => ({
    ttl: v.ttl,
    mode: v.mode,
    ...collectAdditionalProperties(v, ["ttl", "mode"]),
  }),
);

export const PromptCacheOptions$outboundSchema: z.ZodType<PromptCacheOptions$Outbound, PromptCacheOptions> = objectOutbound(
  {
    ttl: PromptCacheTTLEnum$outboundSchema,
    mode: PromptCacheModeEnum$outboundSchema,
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    ttl: v.ttl,
    mode: v.mode,
    ...emitAdditionalProperties(v.additionalProperties, ["ttl", "mode"]),
  }),
);

export function promptCacheOptionsToJSON(value: PromptCacheOptions): string {
  return stringifyJSON(value, PromptCacheOptions$outboundSchema, "PromptCacheOptions");
}

export function promptCacheOptionsFromJSON(
  jsonString: string,
): SafeParseResult<PromptCacheOptions, SDKValidationError> {
  return safeParseJSON(jsonString, PromptCacheOptions$inboundSchema, "PromptCacheOptions");
}
