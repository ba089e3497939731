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
  PromptCacheBreakpointParam$inboundSchema,
  PromptCacheBreakpointParam$outboundSchema,
  type PromptCacheBreakpointParam,
  type PromptCacheBreakpointParam$Outbound,
} from "./promptcachebreakpointparam.js";

export const InputTextContentParamType = {
  InputText: "input_text",
} as const;
export type InputTextContentParamType = ClosedEnum<typeof InputTextContentParamType>;

export const InputTextContentParamType$inboundSchema: z.ZodType<InputTextContentParamType, unknown> = enumSchema(InputTextContentParamType);

export const InputTextContentParamType$outboundSchema: z.ZodType<InputTextContentParamType, InputTextContentParamType> = enumSchema(InputTextContentParamType);

export function inputTextContentParamTypeToJSON(value: InputTextContentParamType): string {
  return stringifyJSON(value, InputTextContentParamType$outboundSchema, "InputTextContentParamType");
}

export function inputTextContentParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<InputTextContentParamType, SDKValidationError> {
  return safeParseJSON(jsonString, InputTextContentParamType$inboundSchema, "InputTextContentParamType");
}

export type InputTextContentParam = {
  type: InputTextContentParamType;
  text: string;
  promptCacheBreakpoint?: PromptCacheBreakpointParam | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** InputTextContentParam as it is sent on the wire. */
export type InputTextContentParam$Outbound = {
  type: InputTextContentParamType;
  text: string;
  prompt_cache_breakpoint?: PromptCacheBreakpointParam$Outbound | null | undefined;
  [k: string]: unknown;
};

export const InputTextContentParam$inboundSchema: z.ZodType<InputTextContentParam, unknown> = objectInbound<InputTextContentParam>(
  {
    type: ["type", InputTextContentParamType$inboundSchema],
    text: ["text", z.string().max(10485760)],
    promptCacheBreakpoint: ["prompt_cache_breakpoint", PromptCacheBreakpointParam$inboundSchema.nullable().optional()],
  },
);

export const InputTextContentParam$outboundSchema: z.ZodType<InputTextContentParam$Outbound, InputTextContentParam> = objectOutbound<InputTextContentParam, InputTextContentParam$Outbound>(
  {
    type: ["type", InputTextContentParamType$outboundSchema],
    text: ["text", z.string().max(10485760)],
    promptCacheBreakpoint: ["prompt_cache_breakpoint", PromptCacheBreakpointParam$outboundSchema.nullable().optional()],
  },
);

export function inputTextContentParamToJSON(value: InputTextContentParam): string {
  return stringifyJSON(value, InputTextContentParam$outboundSchema, "InputTextContentParam");
}

export function inputTextContentParamFromJSON(
  jsonString: string,
): SafeParseResult<InputTextContentParam, SDKValidationError> {
  return safeParseJSON(jsonString, InputTextContentParam$inboundSchema, "InputTextContentParam");
}
