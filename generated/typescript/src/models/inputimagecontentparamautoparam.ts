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
  DetailEnum$inboundSchema,
  DetailEnum$outboundSchema,
  type DetailEnum,
} from "./detailenum.js";
import {
  PromptCacheBreakpointParam$inboundSchema,
  PromptCacheBreakpointParam$outboundSchema,
  type PromptCacheBreakpointParam,
  type PromptCacheBreakpointParam$Outbound,
} from "./promptcachebreakpointparam.js";

export const InputImageContentParamAutoParamType = {
  InputImage: "input_image",
} as const;
export type InputImageContentParamAutoParamType = ClosedEnum<typeof InputImageContentParamAutoParamType>;

export const InputImageContentParamAutoParamType$inboundSchema: z.ZodType<InputImageContentParamAutoParamType, unknown> = enumSchema(InputImageContentParamAutoParamType);

export const InputImageContentParamAutoParamType$outboundSchema: z.ZodType<InputImageContentParamAutoParamType, InputImageContentParamAutoParamType> = enumSchema(InputImageContentParamAutoParamType);

export function inputImageContentParamAutoParamTypeToJSON(value: InputImageContentParamAutoParamType): string {
  return stringifyJSON(value, InputImageContentParamAutoParamType$outboundSchema, "InputImageContentParamAutoParamType");
}

export function inputImageContentParamAutoParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<InputImageContentParamAutoParamType, SDKValidationError> {
  return safeParseJSON(jsonString, InputImageContentParamAutoParamType$inboundSchema, "InputImageContentParamAutoParamType");
}

export type InputImageContentParamAutoParam = {
  type: InputImageContentParamAutoParamType;
  imageUrl?: string | null | undefined;
  fileId?: string | null | undefined;
  detail?: DetailEnum | null | undefined;
  promptCacheBreakpoint?: PromptCacheBreakpointParam | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** InputImageContentParamAutoParam as it is sent on the wire. */
export type InputImageContentParamAutoParam$Outbound = {
  type: InputImageContentParamAutoParamType;
  image_url?: string | null | undefined;
  file_id?: string | null | undefined;
  detail?: DetailEnum | null | undefined;
  prompt_cache_breakpoint?: PromptCacheBreakpointParam$Outbound | null | undefined;
  [k: string]: unknown;
};

export const InputImageContentParamAutoParam$inboundSchema: z.ZodType<InputImageContentParamAutoParam, unknown> = objectInbound<InputImageContentParamAutoParam>(
  {
    type: ["type", InputImageContentParamAutoParamType$inboundSchema],
    imageUrl: ["image_url", z.string().max(20971520).nullable().optional()],
    fileId: ["file_id", z.string().nullable().optional()],
    detail: ["detail", DetailEnum$inboundSchema.nullable().optional()],
    promptCacheBreakpoint: ["prompt_cache_breakpoint", PromptCacheBreakpointParam$inboundSchema.nullable().optional()],
  },
);

export const InputImageContentParamAutoParam$outboundSchema: z.ZodType<InputImageContentParamAutoParam$Outbound, InputImageContentParamAutoParam> = objectOutbound<InputImageContentParamAutoParam, InputImageContentParamAutoParam$Outbound>(
  {
    type: ["type", InputImageContentParamAutoParamType$outboundSchema],
    imageUrl: ["image_url", z.string().max(20971520).nullable().optional()],
    fileId: ["file_id", z.string().nullable().optional()],
    detail: ["detail", DetailEnum$outboundSchema.nullable().optional()],
    promptCacheBreakpoint: ["prompt_cache_breakpoint", PromptCacheBreakpointParam$outboundSchema.nullable().optional()],
  },
);

export function inputImageContentParamAutoParamToJSON(value: InputImageContentParamAutoParam): string {
  return stringifyJSON(value, InputImageContentParamAutoParam$outboundSchema, "InputImageContentParamAutoParam");
}

export function inputImageContentParamAutoParamFromJSON(
  jsonString: string,
): SafeParseResult<InputImageContentParamAutoParam, SDKValidationError> {
  return safeParseJSON(jsonString, InputImageContentParamAutoParam$inboundSchema, "InputImageContentParamAutoParam");
}
