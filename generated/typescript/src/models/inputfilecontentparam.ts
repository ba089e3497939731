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
  FileDetailEnum$inboundSchema,
  FileDetailEnum$outboundSchema,
  type FileDetailEnum,
} from "./filedetailenum.js";
import {
  PromptCacheBreakpointParam$inboundSchema,
  PromptCacheBreakpointParam$outboundSchema,
  type PromptCacheBreakpointParam,
  type PromptCacheBreakpointParam$Outbound,
} from "./promptcachebreakpointparam.js";

export const InputFileContentParamType = {
  InputFile: "input_file",
} as const;
export type InputFileContentParamType = ClosedEnum<typeof InputFileContentParamType>;

export const InputFileContentParamType$inboundSchema: z.ZodType<InputFileContentParamType, unknown> = enumSchema(InputFileContentParamType);

export const InputFileContentParamType$outboundSchema: z.ZodType<InputFileContentParamType, InputFileContentParamType> = enumSchema(InputFileContentParamType);

export function inputFileContentParamTypeToJSON(value: InputFileContentParamType): string {
  return stringifyJSON(value, InputFileContentParamType$outboundSchema, "InputFileContentParamType");
}

export function inputFileContentParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<InputFileContentParamType, SDKValidationError> {
  return safeParseJSON(jsonString, InputFileContentParamType$inboundSchema, "InputFileContentParamType");
}

export type InputFileContentParam = {
  type: InputFileContentParamType;
  fileId?: string | null | undefined;
  filename?: string | null | undefined;
  fileData?: string | null | undefined;
  fileUrl?: string | null | undefined;
  detail?: FileDetailEnum | undefined;
  promptCacheBreakpoint?: PromptCacheBreakpointParam | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** InputFileContentParam as it is sent on the wire. */
export type InputFileContentParam$Outbound = {
  type: InputFileContentParamType;
  file_id?: string | null | undefined;
  filename?: string | null | undefined;
  file_data?: string | null | undefined;
  file_url?: string | null | undefined;
  detail?: FileDetailEnum | undefined;
  prompt_cache_breakpoint?: PromptCacheBreakpointParam$Outbound | null | undefined;
  [k: string]: unknown;
};

export const InputFileContentParam$inboundSchema: z.ZodType<InputFileContentParam, unknown> = objectInbound<InputFileContentParam>(
  {
    type: ["type", InputFileContentParamType$inboundSchema],
    fileId: ["file_id", z.string().nullable().optional()],
    filename: ["filename", z.string().nullable().optional()],
    fileData: ["file_data", z.string().max(73400320).nullable().optional()],
    fileUrl: ["file_url", z.string().nullable().optional()],
    detail: ["detail", FileDetailEnum$inboundSchema.optional()],
    promptCacheBreakpoint: ["prompt_cache_breakpoint", PromptCacheBreakpointParam$inboundSchema.nullable().optional()],
  },
);

export const InputFileContentParam$outboundSchema: z.ZodType<InputFileContentParam$Outbound, InputFileContentParam> = objectOutbound<InputFileContentParam, InputFileContentParam$Outbound>(
  {
    type: ["type", InputFileContentParamType$outboundSchema],
    fileId: ["file_id", z.string().nullable().optional()],
    filename: ["filename", z.string().nullable().optional()],
    fileData: ["file_data", z.string().max(73400320).nullable().optional()],
    fileUrl: ["file_url", z.string().nullable().optional()],
    detail: ["detail", FileDetailEnum$outboundSchema.optional()],
    promptCacheBreakpoint: ["prompt_cache_breakpoint", PromptCacheBreakpointParam$outboundSchema.nullable().optional()],
  },
);

export function inputFileContentParamToJSON(value: InputFileContentParam): string {
  return stringifyJSON(value, InputFileContentParam$outboundSchema, "InputFileContentParam");
}

export function inputFileContentParamFromJSON(
  jsonString: string,
): SafeParseResult<InputFileContentParam, SDKValidationError> {
  return safeParseJSON(jsonString, InputFileContentParam$inboundSchema, "InputFileContentParam");
}
