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

export const InputFileContentParam$inboundSchema: z.ZodType<InputFileContentParam, unknown> = objectInbound(
  {
    type: InputFileContentParamType$inboundSchema,
    file_id: z.string().nullable().optional(),
    filename: z.string().nullable().optional(),
    file_data: z.string().max(73400320).nullable().optional(),
    file_url: z.string().nullable().optional(),
    detail: FileDetailEnum$inboundSchema.optional(),
    prompt_cache_breakpoint: PromptCacheBreakpointParam$inboundSchema.nullable().optional(),
  },
  (v) => ({
    type: v.type,
    ...(v.file_id === undefined ? {} : { fileId: v.file_id }),
    ...(v.filename === undefined ? {} : { filename: v.filename }),
    ...(v.file_data === undefined ? {} : { fileData: v.file_data }),
    ...(v.file_url === undefined ? {} : { fileUrl: v.file_url }),
    ...(v.detail === undefined ? {} : { detail: v.detail }),
    ...(v.prompt_cache_breakpoint === undefined ? {} : { promptCacheBreakpoint: v.prompt_cache_breakpoint }),
    ...collectAdditionalProperties(v, ["type", "file_id", "filename", "file_data", "file_url", "detail", "prompt_cache_breakpoint"]),
  }),
);

export const InputFileContentParam$outboundSchema: z.ZodType<InputFileContentParam$Outbound, InputFileContentParam> = objectOutbound(
  {
    type: InputFileContentParamType$outboundSchema,
    fileId: z.string().nullable().optional(),
    filename: z.string().nullable().optional(),
    fileData: z.string().max(73400320).nullable().optional(),
    fileUrl: z.string().nullable().optional(),
    detail: FileDetailEnum$outboundSchema.optional(),
    promptCacheBreakpoint: PromptCacheBreakpointParam$outboundSchema.nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    ...(v.fileId === undefined ? {} : { file_id: v.fileId }),
    ...(v.filename === undefined ? {} : { filename: v.filename }),
    ...(v.fileData === undefined ? {} : { file_data: v.fileData }),
    ...(v.fileUrl === undefined ? {} : { file_url: v.fileUrl }),
    ...(v.detail === undefined ? {} : { detail: v.detail }),
    ...(v.promptCacheBreakpoint === undefined ? {} : { prompt_cache_breakpoint: v.promptCacheBreakpoint }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "file_id", "filename", "file_data", "file_url", "detail", "prompt_cache_breakpoint"]),
  }),
);

export function inputFileContentParamToJSON(value: InputFileContentParam): string {
  return stringifyJSON(value, InputFileContentParam$outboundSchema, "InputFileContentParam");
}

export function inputFileContentParamFromJSON(
  jsonString: string,
): SafeParseResult<InputFileContentParam, SDKValidationError> {
  return safeParseJSON(jsonString, InputFileContentParam$inboundSchema, "InputFileContentParam");
}
