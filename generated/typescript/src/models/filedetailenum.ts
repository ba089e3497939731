// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const FileDetailEnum = {
  Auto: "auto",
  Low: "low",
  High: "high",
} as const;
export type FileDetailEnum = ClosedEnum<typeof FileDetailEnum>;

export const FileDetailEnum$inboundSchema: z.ZodType<FileDetailEnum, unknown> = enumSchema(FileDetailEnum);

export const FileDetailEnum$outboundSchema: z.ZodType<FileDetailEnum, FileDetailEnum> = enumSchema(FileDetailEnum);

export function fileDetailEnumToJSON(value: FileDetailEnum): string {
  return stringifyJSON(value, FileDetailEnum$outboundSchema, "FileDetailEnum");
}

export function fileDetailEnumFromJSON(
  jsonString: string,
): SafeParseResult<FileDetailEnum, SDKValidationError> {
  return safeParseJSON(jsonString, FileDetailEnum$inboundSchema, "FileDetailEnum");
}
