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
  ImageDetail$inboundSchema,
  ImageDetail$outboundSchema,
  type ImageDetail,
} from "./imagedetail.js";
import {
  PromptCacheBreakpointConfig$inboundSchema,
  PromptCacheBreakpointConfig$outboundSchema,
  type PromptCacheBreakpointConfig,
  type PromptCacheBreakpointConfig$Outbound,
} from "./promptcachebreakpointconfig.js";

export const InputImageContentType = {
  InputImage: "input_image",
} as const;
export type InputImageContentType = ClosedEnum<typeof InputImageContentType>;

export const InputImageContentType$inboundSchema: z.ZodType<InputImageContentType, unknown> = enumSchema(InputImageContentType);

export const InputImageContentType$outboundSchema: z.ZodType<InputImageContentType, InputImageContentType> = enumSchema(InputImageContentType);

export function inputImageContentTypeToJSON(value: InputImageContentType): string {
  return stringifyJSON(value, InputImageContentType$outboundSchema, "InputImageContentType");
}

export function inputImageContentTypeFromJSON(
  jsonString: string,
): SafeParseResult<InputImageContentType, SDKValidationError> {
  return safeParseJSON(jsonString, InputImageContentType$inboundSchema, "InputImageContentType");
}

export type InputImageContent = {
  type: InputImageContentType;
  imageUrl?: string | null | undefined;
  fileId?: string | null | undefined;
  detail: ImageDetail;
  promptCacheBreakpoint?: PromptCacheBreakpointConfig | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** InputImageContent as it is sent on the wire. */
export type InputImageContent$Outbound = {
  type: InputImageContentType;
  image_url?: string | null | undefined;
  file_id?: string | null | undefined;
  detail: ImageDetail;
  prompt_cache_breakpoint?: PromptCacheBreakpointConfig$Outbound | undefined;
  [k: string]: unknown;
};

export const InputImageContent$inboundSchema: z.ZodType<InputImageContent, unknown> = objectInbound<InputImageContent>(
  {
    type: ["type", InputImageContentType$inboundSchema],
    imageUrl: ["image_url", z.string().nullable().optional()],
    fileId: ["file_id", z.string().nullable().optional()],
    detail: ["detail", ImageDetail$inboundSchema],
    promptCacheBreakpoint: ["prompt_cache_breakpoint", PromptCacheBreakpointConfig$inboundSchema.optional()],
  },
);

export const InputImageContent$outboundSchema: z.ZodType<InputImageContent$Outbound, InputImageContent> = objectOutbound<InputImageContent, InputImageContent$Outbound>(
  {
    type: ["type", InputImageContentType$outboundSchema],
    imageUrl: ["image_url", z.string().nullable().optional()],
    fileId: ["file_id", z.string().nullable().optional()],
    detail: ["detail", ImageDetail$outboundSchema],
    promptCacheBreakpoint: ["prompt_cache_breakpoint", PromptCacheBreakpointConfig$outboundSchema.optional()],
  },
);

export function inputImageContentToJSON(value: InputImageContent): string {
  return stringifyJSON(value, InputImageContent$outboundSchema, "InputImageContent");
}

export function inputImageContentFromJSON(
  jsonString: string,
): SafeParseResult<InputImageContent, SDKValidationError> {
  return safeParseJSON(jsonString, InputImageContent$inboundSchema, "InputImageContent");
}
