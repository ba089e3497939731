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
  FileInputDetail$inboundSchema,
  FileInputDetail$outboundSchema,
  type FileInputDetail,
} from "./fileinputdetail.js";
import {
  PromptCacheBreakpointConfig$inboundSchema,
  PromptCacheBreakpointConfig$outboundSchema,
  type PromptCacheBreakpointConfig,
  type PromptCacheBreakpointConfig$Outbound,
} from "./promptcachebreakpointconfig.js";

export const InputFileContentType = {
  InputFile: "input_file",
} as const;
export type InputFileContentType = ClosedEnum<typeof InputFileContentType>;

export const InputFileContentType$inboundSchema: z.ZodType<InputFileContentType, unknown> = enumSchema(InputFileContentType);

export const InputFileContentType$outboundSchema: z.ZodType<InputFileContentType, InputFileContentType> = enumSchema(InputFileContentType);

export function inputFileContentTypeToJSON(value: InputFileContentType): string {
  return stringifyJSON(value, InputFileContentType$outboundSchema, "InputFileContentType");
}

export function inputFileContentTypeFromJSON(
  jsonString: string,
): SafeParseResult<InputFileContentType, SDKValidationError> {
  return safeParseJSON(jsonString, InputFileContentType$inboundSchema, "InputFileContentType");
}

export type InputFileContent = {
  type: InputFileContentType;
  fileId?: string | null | undefined;
  filename?: string | undefined;
  fileData?: string | undefined;
  promptCacheBreakpoint?: PromptCacheBreakpointConfig | undefined;
  fileUrl?: string | undefined;
  detail?: FileInputDetail | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** InputFileContent as it is sent on the wire. */
export type InputFileContent$Outbound = {
  type: InputFileContentType;
  file_id?: string | null | undefined;
  filename?: string | undefined;
  file_data?: string | undefined;
  prompt_cache_breakpoint?: PromptCacheBreakpointConfig$Outbound | undefined;
  file_url?: string | undefined;
  detail?: FileInputDetail | undefined;
  [k: string]: unknown;
};

export const InputFileContent$inboundSchema: z.ZodType<InputFileContent, unknown> = objectInbound(
  {
    type: InputFileContentType$inboundSchema,
    file_id: z.string().nullable().optional(),
    filename: z.string().optional(),
    file_data: z.string().optional(),
    prompt_cache_breakpoint: PromptCacheBreakpointConfig$inboundSchema.optional(),
    file_url: z.string().optional(),
    detail: FileInputDetail$inboundSchema.optional(),
  },
  (v) => ({
    type: v.type,
    ...(v.file_id === undefined ? {} : { fileId: v.file_id }),
    ...(v.filename === undefined ? {} : { filename: v.filename }),
    ...(v.file_data === undefined ? {} : { fileData: v.file_data }),
    ...(v.prompt_cache_breakpoint === undefined ? {} : { promptCacheBreakpoint: v.prompt_cache_breakpoint }),
    ...(v.file_url === undefined ? {} : { fileUrl: v.file_url }),
    ...(v.detail === undefined ? {} : { detail: v.detail }),
    ...collectAdditionalProperties(v, ["type", "file_id", "filename", "file_data", "prompt_cache_breakpoint", "file_url", "detail"]),
  }),
);

export const InputFileContent$outboundSchema: z.ZodType<InputFileContent$Outbound, InputFileContent> = objectOutbound(
  {
    type: InputFileContentType$outboundSchema,
    fileId: z.string().nullable().optional(),
    filename: z.string().optional(),
    fileData: z.string().optional(),
    promptCacheBreakpoint: PromptCacheBreakpointConfig$outboundSchema.optional(),
    fileUrl: z.string().optional(),
    detail: FileInputDetail$outboundSchema.optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    ...(v.fileId === undefined ? {} : { file_id: v.fileId }),
    ...(v.filename === undefined ? {} : { filename: v.filename }),
    ...(v.fileData === undefined ? {} : { file_data: v.fileData }),
    ...(v.promptCacheBreakpoint === undefined ? {} : { prompt_cache_breakpoint: v.promptCacheBreakpoint }),
    ...(v.fileUrl === undefined ? {} : { file_url: v.fileUrl }),
    ...(v.detail === undefined ? {} : { detail: v.detail }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "file_id", "filename", "file_data", "prompt_cache_breakpoint", "file_url", "detail"]),
  }),
);

export function inputFileContentToJSON(value: InputFileContent): string {
  return stringifyJSON(value, InputFileContent$outboundSchema, "InputFileContent");
}

export function inputFileContentFromJSON(
  jsonString: string,
): SafeParseResult<InputFileContent, SDKValidationError> {
  return safeParseJSON(jsonString, InputFileContent$inboundSchema, "InputFileContent");
}
