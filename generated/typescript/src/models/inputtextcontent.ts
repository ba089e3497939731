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

export const InputTextContent$inboundSchema: z.ZodType<InputTextContent, unknown> = objectInbound<InputTextContent>(
  {
    type: ["type", InputTextContentType$inboundSchema],
    text: ["text", z.string()],
    promptCacheBreakpoint: ["prompt_cache_breakpoint", PromptCacheBreakpointConfig$inboundSchema.optional()],
  },
);

export const InputTextContent$outboundSchema: z.ZodType<InputTextContent$Outbound, InputTextContent> = objectOutbound<InputTextContent, InputTextContent$Outbound>(
  {
    type: ["type", InputTextContentType$outboundSchema],
    text: ["text", z.string()],
    promptCacheBreakpoint: ["prompt_cache_breakpoint", PromptCacheBreakpointConfig$outboundSchema.optional()],
  },
);

export function inputTextContentToJSON(value: InputTextContent): string {
  return stringifyJSON(value, InputTextContent$outboundSchema, "InputTextContent");
}

export function inputTextContentFromJSON(
  jsonString: string,
): SafeParseResult<InputTextContent, SDKValidationError> {
  return safeParseJSON(jsonString, InputTextContent$inboundSchema, "InputTextContent");
}
