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

export const InputTextContentParam$inboundSchema: z.ZodType<InputTextContentParam, unknown> = objectInbound(
  {
    type: InputTextContentParamType$inboundSchema,
    text: z.string().max(10485760),
    prompt_cache_breakpoint: PromptCacheBreakpointParam$inboundSchema.nullable().optional(),
  },
  (v) => ({
    type: v.type,
    text: v.text,
    ...(v.prompt_cache_breakpoint === undefined ? {} : { promptCacheBreakpoint: v.prompt_cache_breakpoint }),
    ...collectAdditionalProperties(v, ["type", "text", "prompt_cache_breakpoint"]),
  }),
);

export const InputTextContentParam$outboundSchema: z.ZodType<InputTextContentParam$Outbound, InputTextContentParam> = objectOutbound(
  {
    type: InputTextContentParamType$outboundSchema,
    text: z.string().max(10485760),
    promptCacheBreakpoint: PromptCacheBreakpointParam$outboundSchema.nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    text: v.text,
    ...(v.promptCacheBreakpoint === undefined ? {} : { prompt_cache_breakpoint: v.promptCacheBreakpoint }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "text", "prompt_cache_breakpoint"]),
  }),
);

export function inputTextContentParamToJSON(value: InputTextContentParam): string {
  return stringifyJSON(value, InputTextContentParam$outboundSchema, "InputTextContentParam");
}

export function inputTextContentParamFromJSON(
  jsonString: string,
): SafeParseResult<InputTextContentParam, SDKValidationError> {
  return safeParseJSON(jsonString, InputTextContentParam$inboundSchema, "InputTextContentParam");
}
