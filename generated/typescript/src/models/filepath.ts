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

export const FilePathType = {
  FilePath: "file_path",
} as const;
export type FilePathType = ClosedEnum<typeof FilePathType>;

export const FilePathType$inboundSchema: z.ZodType<FilePathType, unknown> = enumSchema(FilePathType);

export const FilePathType$outboundSchema: z.ZodType<FilePathType, FilePathType> = enumSchema(FilePathType);

export function filePathTypeToJSON(value: FilePathType): string {
  return stringifyJSON(value, FilePathType$outboundSchema, "FilePathType");
}

export function filePathTypeFromJSON(
  jsonString: string,
): SafeParseResult<FilePathType, SDKValidationError> {
  return safeParseJSON(jsonString, FilePathType$inboundSchema, "FilePathType");
}

export type FilePath = {
  type: FilePathType;
  fileId: string;
  index: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FilePath as it is sent on the wire. */
export type FilePath$Outbound = {
  type: FilePathType;
  file_id: string;
  index: number;
  [k: string]: unknown;
};

export const FilePath$inboundSchema: z.ZodType<FilePath, unknown> = objectInbound<FilePath>(
  {
    type: ["type", FilePathType$inboundSchema],
    fileId: ["file_id", z.string()],
    index: ["index", z.int()],
  },
);

export const FilePath$outboundSchema: z.ZodType<FilePath$Outbound, FilePath> = objectOutbound<FilePath, FilePath$Outbound>(
  {
    type: ["type", FilePathType$outboundSchema],
    fileId: ["file_id", z.string()],
    index: ["index", z.int()],
  },
);

export function filePathToJSON(value: FilePath): string {
  return stringifyJSON(value, FilePath$outboundSchema, "FilePath");
}

export function filePathFromJSON(
  jsonString: string,
): SafeParseResult<FilePath, SDKValidationError> {
  return safeParseJSON(jsonString, FilePath$inboundSchema, "FilePath");
}
