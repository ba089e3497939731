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

export const ApplyPatchUpdateFileOperationType = {
  UpdateFile: "update_file",
} as const;
export type ApplyPatchUpdateFileOperationType = ClosedEnum<typeof ApplyPatchUpdateFileOperationType>;

export const ApplyPatchUpdateFileOperationType$inboundSchema: z.ZodType<ApplyPatchUpdateFileOperationType, unknown> = enumSchema(ApplyPatchUpdateFileOperationType);

export const ApplyPatchUpdateFileOperationType$outboundSchema: z.ZodType<ApplyPatchUpdateFileOperationType, ApplyPatchUpdateFileOperationType> = enumSchema(ApplyPatchUpdateFileOperationType);

export function applyPatchUpdateFileOperationTypeToJSON(value: ApplyPatchUpdateFileOperationType): string {
  return stringifyJSON(value, ApplyPatchUpdateFileOperationType$outboundSchema, "ApplyPatchUpdateFileOperationType");
}

export function applyPatchUpdateFileOperationTypeFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchUpdateFileOperationType, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchUpdateFileOperationType$inboundSchema, "ApplyPatchUpdateFileOperationType");
}

export type ApplyPatchUpdateFileOperation = {
  type: ApplyPatchUpdateFileOperationType;
  path: string;
  diff: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ApplyPatchUpdateFileOperation as it is sent on the wire. */
export type ApplyPatchUpdateFileOperation$Outbound = {
  type: ApplyPatchUpdateFileOperationType;
  path: string;
  diff: string;
  [k: string]: unknown;
};

export const ApplyPatchUpdateFileOperation$inboundSchema: z.ZodType<ApplyPatchUpdateFileOperation, unknown> = objectInbound<ApplyPatchUpdateFileOperation>(
  {
    type: ["type", ApplyPatchUpdateFileOperationType$inboundSchema],
    path: ["path", z.string()],
    diff: ["diff", z.string()],
  },
);

export const ApplyPatchUpdateFileOperation$outboundSchema: z.ZodType<ApplyPatchUpdateFileOperation$Outbound, ApplyPatchUpdateFileOperation> = objectOutbound<ApplyPatchUpdateFileOperation, ApplyPatchUpdateFileOperation$Outbound>(
  {
    type: ["type", ApplyPatchUpdateFileOperationType$outboundSchema],
    path: ["path", z.string()],
    diff: ["diff", z.string()],
  },
);

export function applyPatchUpdateFileOperationToJSON(value: ApplyPatchUpdateFileOperation): string {
  return stringifyJSON(value, ApplyPatchUpdateFileOperation$outboundSchema, "ApplyPatchUpdateFileOperation");
}

export function applyPatchUpdateFileOperationFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchUpdateFileOperation, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchUpdateFileOperation$inboundSchema, "ApplyPatchUpdateFileOperation");
}
