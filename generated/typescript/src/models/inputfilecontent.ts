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

export const InputFileContent$inboundSchema: z.ZodType<InputFileContent, unknown> = objectInbound<InputFileContent>(
  {
    type: ["type", InputFileContentType$inboundSchema],
    fileId: ["file_id", z.string().nullable().optional()],
    filename: ["filename", z.string().optional()],
    fileData: ["file_data", z.string().optional()],
    promptCacheBreakpoint: ["prompt_cache_breakpoint", PromptCacheBreakpointConfig$inboundSchema.optional()],
    fileUrl: ["file_url", z.string().optional()],
    detail: ["detail", FileInputDetail$inboundSchema.optional()],
  },
);

export const InputFileContent$outboundSchema: z.ZodType<InputFileContent$Outbound, InputFileContent> = objectOutbound<InputFileContent, InputFileContent$Outbound>(
  {
    type: ["type", InputFileContentType$outboundSchema],
    fileId: ["file_id", z.string().nullable().optional()],
    filename: ["filename", z.string().optional()],
    fileData: ["file_data", z.string().optional()],
    promptCacheBreakpoint: ["prompt_cache_breakpoint", PromptCacheBreakpointConfig$outboundSchema.optional()],
    fileUrl: ["file_url", z.string().optional()],
    detail: ["detail", FileInputDetail$outboundSchema.optional()],
  },
);

export function inputFileContentToJSON(value: InputFileContent): string {
  return stringifyJSON(value, InputFileContent$outboundSchema, "InputFileContent");
}

export function inputFileContentFromJSON(
  jsonString: string,
): SafeParseResult<InputFileContent, SDKValidationError> {
  return safeParseJSON(jsonString, InputFileContent$inboundSchema, "InputFileContent");
}
