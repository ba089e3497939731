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

export const PromptCacheBreakpointConfigMode = {
  Explicit: "explicit",
} as const;
export type PromptCacheBreakpointConfigMode = ClosedEnum<typeof PromptCacheBreakpointConfigMode>;

export const PromptCacheBreakpointConfigMode$inboundSchema: z.ZodType<PromptCacheBreakpointConfigMode, unknown> = enumSchema(PromptCacheBreakpointConfigMode);

export const PromptCacheBreakpointConfigMode$outboundSchema: z.ZodType<PromptCacheBreakpointConfigMode, PromptCacheBreakpointConfigMode> = enumSchema(PromptCacheBreakpointConfigMode);

export function promptCacheBreakpointConfigModeToJSON(value: PromptCacheBreakpointConfigMode): string {
  return stringifyJSON(value, PromptCacheBreakpointConfigMode$outboundSchema, "PromptCacheBreakpointConfigMode");
}

export function promptCacheBreakpointConfigModeFromJSON(
  jsonString: string,
): SafeParseResult<PromptCacheBreakpointConfigMode, SDKValidationError> {
  return safeParseJSON(jsonString, PromptCacheBreakpointConfigMode$inboundSchema, "PromptCacheBreakpointConfigMode");
}

export type PromptCacheBreakpointConfig = {
  mode: PromptCacheBreakpointConfigMode;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** PromptCacheBreakpointConfig as it is sent on the wire. */
export type PromptCacheBreakpointConfig$Outbound = {
  mode: PromptCacheBreakpointConfigMode;
  [k: string]: unknown;
};

export const PromptCacheBreakpointConfig$inboundSchema: z.ZodType<PromptCacheBreakpointConfig, unknown> = objectInbound<PromptCacheBreakpointConfig>(
  {
    mode: ["mode", PromptCacheBreakpointConfigMode$inboundSchema],
  },
);

export const PromptCacheBreakpointConfig$outboundSchema: z.ZodType<PromptCacheBreakpointConfig$Outbound, PromptCacheBreakpointConfig> = objectOutbound<PromptCacheBreakpointConfig, PromptCacheBreakpointConfig$Outbound>(
  {
    mode: ["mode", PromptCacheBreakpointConfigMode$outboundSchema],
  },
);

export function promptCacheBreakpointConfigToJSON(value: PromptCacheBreakpointConfig): string {
  return stringifyJSON(value, PromptCacheBreakpointConfig$outboundSchema, "PromptCacheBreakpointConfig");
}

export function promptCacheBreakpointConfigFromJSON(
  jsonString: string,
): SafeParseResult<PromptCacheBreakpointConfig, SDKValidationError> {
  return safeParseJSON(jsonString, PromptCacheBreakpointConfig$inboundSchema, "PromptCacheBreakpointConfig");
}
