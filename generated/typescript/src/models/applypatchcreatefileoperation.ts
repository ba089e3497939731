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

export const ApplyPatchCreateFileOperationType = {
  CreateFile: "create_file",
} as const;
export type ApplyPatchCreateFileOperationType = ClosedEnum<typeof ApplyPatchCreateFileOperationType>;

export const ApplyPatchCreateFileOperationType$inboundSchema: z.ZodType<ApplyPatchCreateFileOperationType, unknown> = enumSchema(ApplyPatchCreateFileOperationType);

export const ApplyPatchCreateFileOperationType$outboundSchema: z.ZodType<ApplyPatchCreateFileOperationType, ApplyPatchCreateFileOperationType> = enumSchema(ApplyPatchCreateFileOperationType);

export function applyPatchCreateFileOperationTypeToJSON(value: ApplyPatchCreateFileOperationType): string {
  return stringifyJSON(value, ApplyPatchCreateFileOperationType$outboundSchema, "ApplyPatchCreateFileOperationType");
}

export function applyPatchCreateFileOperationTypeFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchCreateFileOperationType, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchCreateFileOperationType$inboundSchema, "ApplyPatchCreateFileOperationType");
}

export type ApplyPatchCreateFileOperation = {
  type: ApplyPatchCreateFileOperationType;
  path: string;
  diff: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ApplyPatchCreateFileOperation as it is sent on the wire. */
export type ApplyPatchCreateFileOperation$Outbound = {
  type: ApplyPatchCreateFileOperationType;
  path: string;
  diff: string;
  [k: string]: unknown;
};

export const ApplyPatchCreateFileOperation$inboundSchema: z.ZodType<ApplyPatchCreateFileOperation, unknown> = objectInbound<ApplyPatchCreateFileOperation>(
  {
    type: ["type", ApplyPatchCreateFileOperationType$inboundSchema],
    path: ["path", z.string()],
    diff: ["diff", z.string()],
  },
);

export const ApplyPatchCreateFileOperation$outboundSchema: z.ZodType<ApplyPatchCreateFileOperation$Outbound, ApplyPatchCreateFileOperation> = objectOutbound<ApplyPatchCreateFileOperation, ApplyPatchCreateFileOperation$Outbound>(
  {
    type: ["type", ApplyPatchCreateFileOperationType$outboundSchema],
    path: ["path", z.string()],
    diff: ["diff", z.string()],
  },
);

export function applyPatchCreateFileOperationToJSON(value: ApplyPatchCreateFileOperation): string {
  return stringifyJSON(value, ApplyPatchCreateFileOperation$outboundSchema, "ApplyPatchCreateFileOperation");
}

export function applyPatchCreateFileOperationFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchCreateFileOperation, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchCreateFileOperation$inboundSchema, "ApplyPatchCreateFileOperation");
}
