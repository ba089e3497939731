// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const FileInputDetail = {
  Auto: "auto",
  Low: "low",
  High: "high",
} as const;
export type FileInputDetail = ClosedEnum<typeof FileInputDetail>;

export const FileInputDetail$inboundSchema: z.ZodType<FileInputDetail, unknown> = enumSchema(FileInputDetail);

export const FileInputDetail$outboundSchema: z.ZodType<FileInputDetail, FileInputDetail> = enumSchema(FileInputDetail);

export function fileInputDetailToJSON(value: FileInputDetail): string {
  return stringifyJSON(value, FileInputDetail$outboundSchema, "FileInputDetail");
}

export function fileInputDetailFromJSON(
  jsonString: string,
): SafeParseResult<FileInputDetail, SDKValidationError> {
  return safeParseJSON(jsonString, FileInputDetail$inboundSchema, "FileInputDetail");
}
