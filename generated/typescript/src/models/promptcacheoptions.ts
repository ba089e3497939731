// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";
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

export const PromptCacheOptions$inboundSchema: z.ZodType<PromptCacheOptions, unknown> = objectInbound<PromptCacheOptions>(
  {
    ttl: ["ttl", PromptCacheTTLEnum$inboundSchema],
    mode: ["mode", PromptCacheModeEnum$inboundSchema],
  },
);

export const PromptCacheOptions$outboundSchema: z.ZodType<PromptCacheOptions$Outbound, PromptCacheOptions> = objectOutbound<PromptCacheOptions, PromptCacheOptions$Outbound>(
  {
    ttl: ["ttl", PromptCacheTTLEnum$outboundSchema],
    mode: ["mode", PromptCacheModeEnum$outboundSchema],
  },
);

export function promptCacheOptionsToJSON(value: PromptCacheOptions): string {
  return stringifyJSON(value, PromptCacheOptions$outboundSchema, "PromptCacheOptions");
}

export function promptCacheOptionsFromJSON(
  jsonString: string,
): SafeParseResult<PromptCacheOptions, SDKValidationError> {
  return safeParseJSON(jsonString, PromptCacheOptions$inboundSchema, "PromptCacheOptions");
}
