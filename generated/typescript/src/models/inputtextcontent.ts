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
  PromptCacheBreakpointConfig$inboundSchema,
  PromptCacheBreakpointConfig$outboundSchema,
  type PromptCacheBreakpointConfig,
  type PromptCacheBreakpointConfig$Outbound,
} from "./promptcachebreakpointconfig.js";

export const InputTextContentType = {
  InputText: "input_text",
} as const;
export type InputTextContentType = ClosedEnum<typeof InputTextContentType>;

export const InputTextContentType$inboundSchema: z.ZodType<InputTextContentType, unknown> = enumSchema(InputTextContentType);

export const InputTextContentType$outboundSchema: z.ZodType<InputTextContentType, InputTextContentType> = enumSchema(InputTextContentType);

export function inputTextContentTypeToJSON(value: InputTextContentType): string {
  return stringifyJSON(value, InputTextContentType$outboundSchema, "InputTextContentType");
}

export function inputTextContentTypeFromJSON(
  jsonString: string,
): SafeParseResult<InputTextContentType, SDKValidationError> {
  return safeParseJSON(jsonString, InputTextContentType$inboundSchema, "InputTextContentType");
}

export type InputTextContent = {
  type: InputTextContentType;
  text: string;
  promptCacheBreakpoint?: PromptCacheBreakpointConfig | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** InputTextContent as it is sent on the wire. */
export type InputTextContent$Outbound = {
  type: InputTextContentType;
  text: string;
  prompt_cache_breakpoint?: PromptCacheBreakpointConfig$Outbound | undefined;
  [k: string]: unknown;
};

export const InputTextContent$inboundSchema: z.ZodType<InputTextContent, unknown> = objectInbound(
  {
    type: InputTextContentType$inboundSchema,
    text: z.string(),
    prompt_cache_breakpoint: PromptCacheBreakpointConfig$inboundSchema.optional(),
  },
  (v) => ({
    type: v.type,
    text: v.text,
    ...(v.prompt_cache_breakpoint === undefined ? {} : { promptCacheBreakpoint: v.prompt_cache_breakpoint }),
    ...collectAdditionalProperties(v, ["type", "text", "prompt_cache_breakpoint"]),
  }),
);

export const InputTextContent$outboundSchema: z.ZodType<InputTextContent$Outbound, InputTextContent> = objectOutbound(
  {
    type: InputTextContentType$outboundSchema,
    text: z.string(),
    promptCacheBreakpoint: PromptCacheBreakpointConfig$outboundSchema.optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    text: v.text,
    ...(v.promptCacheBreakpoint === undefined ? {} : { prompt_cache_breakpoint: v.promptCacheBreakpoint }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "text", "prompt_cache_breakpoint"]),
  }),
);

export function inputTextContentToJSON(value: InputTextContent): string {
  return stringifyJSON(value, InputTextContent$outboundSchema, "InputTextContent");
}

export function inputTextContentFromJSON(
  jsonString: string,
): SafeParseResult<InputTextContent, SDKValidationError> {
  return safeParseJSON(jsonString, InputTextContent$inboundSchema, "InputTextContent");
}
