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

export const PromptCacheBreakpointParamMode = {
  Explicit: "explicit",
} as const;
export type PromptCacheBreakpointParamMode = ClosedEnum<typeof PromptCacheBreakpointParamMode>;

export const PromptCacheBreakpointParamMode$inboundSchema: z.ZodType<PromptCacheBreakpointParamMode, unknown> = enumSchema(PromptCacheBreakpointParamMode);

export const PromptCacheBreakpointParamMode$outboundSchema: z.ZodType<PromptCacheBreakpointParamMode, PromptCacheBreakpointParamMode> = enumSchema(PromptCacheBreakpointParamMode);

export function promptCacheBreakpointParamModeToJSON(value: PromptCacheBreakpointParamMode): string {
  return stringifyJSON(value, PromptCacheBreakpointParamMode$outboundSchema, "PromptCacheBreakpointParamMode");
}

export function promptCacheBreakpointParamModeFromJSON(
  jsonString: string,
): SafeParseResult<PromptCacheBreakpointParamMode, SDKValidationError> {
  return safeParseJSON(jsonString, PromptCacheBreakpointParamMode$inboundSchema, "PromptCacheBreakpointParamMode");
}

export type PromptCacheBreakpointParam = {
  mode: PromptCacheBreakpointParamMode;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** PromptCacheBreakpointParam as it is sent on the wire. */
export type PromptCacheBreakpointParam$Outbound = {
  mode: PromptCacheBreakpointParamMode;
  [k: string]: unknown;
};

export const PromptCacheBreakpointParam$inboundSchema: z.ZodType<PromptCacheBreakpointParam, unknown> = objectInbound<PromptCacheBreakpointParam>(
  {
    mode: ["mode", PromptCacheBreakpointParamMode$inboundSchema],
  },
);

export const PromptCacheBreakpointParam$outboundSchema: z.ZodType<PromptCacheBreakpointParam$Outbound, PromptCacheBreakpointParam> = objectOutbound<PromptCacheBreakpointParam, PromptCacheBreakpointParam$Outbound>(
  {
    mode: ["mode", PromptCacheBreakpointParamMode$outboundSchema],
  },
);

export function promptCacheBreakpointParamToJSON(value: PromptCacheBreakpointParam): string {
  return stringifyJSON(value, PromptCacheBreakpointParam$outboundSchema, "PromptCacheBreakpointParam");
}

export function promptCacheBreakpointParamFromJSON(
  jsonString: string,
): SafeParseResult<PromptCacheBreakpointParam, SDKValidationError> {
  return safeParseJSON(jsonString, PromptCacheBreakpointParam$inboundSchema, "PromptCacheBreakpointParam");
}
