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
  VectorStoreFileAttributes$inboundSchema,
  VectorStoreFileAttributes$outboundSchema,
  type VectorStoreFileAttributes,
  type VectorStoreFileAttributes$Outbound,
} from "./vectorstorefileattributes.js";

export const FileSearchToolCallType = {
  FileSearchCall: "file_search_call",
} as const;
export type FileSearchToolCallType = ClosedEnum<typeof FileSearchToolCallType>;

export const FileSearchToolCallType$inboundSchema: z.ZodType<FileSearchToolCallType, unknown> = enumSchema(FileSearchToolCallType);

export const FileSearchToolCallType$outboundSchema: z.ZodType<FileSearchToolCallType, FileSearchToolCallType> = enumSchema(FileSearchToolCallType);

export function fileSearchToolCallTypeToJSON(value: FileSearchToolCallType): string {
  return stringifyJSON(value, FileSearchToolCallType$outboundSchema, "FileSearchToolCallType");
}

export function fileSearchToolCallTypeFromJSON(
  jsonString: string,
): SafeParseResult<FileSearchToolCallType, SDKValidationError> {
  return safeParseJSON(jsonString, FileSearchToolCallType$inboundSchema, "FileSearchToolCallType");
}

export const FileSearchToolCallStatus = {
  InProgress: "in_progress",
  Searching: "searching",
  Completed: "completed",
  Incomplete: "incomplete",
  Failed: "failed",
} as const;
export type FileSearchToolCallStatus = ClosedEnum<typeof FileSearchToolCallStatus>;

export const FileSearchToolCallStatus$inboundSchema: z.ZodType<FileSearchToolCallStatus, unknown> = enumSchema(FileSearchToolCallStatus);

export const FileSearchToolCallStatus$outboundSchema: z.ZodType<FileSearchToolCallStatus, FileSearchToolCallStatus> = enumSchema(FileSearchToolCallStatus);

export function fileSearchToolCallStatusToJSON(value: FileSearchToolCallStatus): string {
  return stringifyJSON(value, FileSearchToolCallStatus$outboundSchema, "FileSearchToolCallStatus");
}

export function fileSearchToolCallStatusFromJSON(
  jsonString: string,
): SafeParseResult<FileSearchToolCallStatus, SDKValidationError> {
  return safeParseJSON(jsonString, FileSearchToolCallStatus$inboundSchema, "FileSearchToolCallStatus");
}

export type FileSearchToolCallResults = {
  fileId?: string | undefined;
  text?: string | undefined;
  filename?: string | undefined;
  attributes?: VectorStoreFileAttributes | null | undefined;
  score?: number | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FileSearchToolCallResults as it is sent on the wire. */
export type FileSearchToolCallResults$Outbound = {
  file_id?: string | undefined;
  text?: string | undefined;
  filename?: string | undefined;
  attributes?: VectorStoreFileAttributes$Outbound | null | undefined;
  score?: number | undefined;
  [k: string]: unknown;
};

export const FileSearchToolCallResults$inboundSchema: z.ZodType<FileSearchToolCallResults, unknown> = objectInbound<FileSearchToolCallResults>(
  {
    fileId: ["file_id", z.string().optional()],
    text: ["text", z.string().optional()],
    filename: ["filename", z.string().optional()],
    attributes: ["attributes", VectorStoreFileAttributes$inboundSchema.nullable().optional()],
    score: ["score", z.number().optional()],
  },
);

export const FileSearchToolCallResults$outboundSchema: z.ZodType<FileSearchToolCallResults$Outbound, FileSearchToolCallResults> = objectOutbound<FileSearchToolCallResults, FileSearchToolCallResults$Outbound>(
  {
    fileId: ["file_id", z.string().optional()],
    text: ["text", z.string().optional()],
    filename: ["filename", z.string().optional()],
    attributes: ["attributes", VectorStoreFileAttributes$outboundSchema.nullable().optional()],
    score: ["score", z.number().optional()],
  },
);

export function fileSearchToolCallResultsToJSON(value: FileSearchToolCallResults): string {
  return stringifyJSON(value, FileSearchToolCallResults$outboundSchema, "FileSearchToolCallResults");
}

export function fileSearchToolCallResultsFromJSON(
  jsonString: string,
): SafeParseResult<FileSearchToolCallResults, SDKValidationError> {
  return safeParseJSON(jsonString, FileSearchToolCallResults$inboundSchema, "FileSearchToolCallResults");
}

export type FileSearchToolCall = {
  id: string;
  type: FileSearchToolCallType;
  status: FileSearchToolCallStatus;
  queries: Array<string>;
  results?: Array<FileSearchToolCallResults> | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FileSearchToolCall as it is sent on the wire. */
export type FileSearchToolCall$Outbound = {
  id: string;
  type: FileSearchToolCallType;
  status: FileSearchToolCallStatus;
  queries: Array<string>;
  results?: Array<FileSearchToolCallResults$Outbound> | null | undefined;
  [k: string]: unknown;
};

export const FileSearchToolCall$inboundSchema: z.ZodType<FileSearchToolCall, unknown> = objectInbound<FileSearchToolCall>(
  {
    id: ["id", z.string()],
    type: ["type", FileSearchToolCallType$inboundSchema],
    status: ["status", FileSearchToolCallStatus$inboundSchema],
    queries: ["queries", z.array(z.string())],
    results: ["results", z.array(FileSearchToolCallResults$inboundSchema).nullable().optional()],
  },
);

export const FileSearchToolCall$outboundSchema: z.ZodType<FileSearchToolCall$Outbound, FileSearchToolCall> = objectOutbound<FileSearchToolCall, FileSearchToolCall$Outbound>(
  {
    id: ["id", z.string()],
    type: ["type", FileSearchToolCallType$outboundSchema],
    status: ["status", FileSearchToolCallStatus$outboundSchema],
    queries: ["queries", z.array(z.string())],
    results: ["results", z.array(FileSearchToolCallResults$outboundSchema).nullable().optional()],
  },
);

export function fileSearchToolCallToJSON(value: FileSearchToolCall): string {
  return stringifyJSON(value, FileSearchToolCall$outboundSchema, "FileSearchToolCall");
}

export function fileSearchToolCallFromJSON(
  jsonString: string,
): SafeParseResult<FileSearchToolCall, SDKValidationError> {
  return safeParseJSON(jsonString, FileSearchToolCall$inboundSchema, "FileSearchToolCall");
}
