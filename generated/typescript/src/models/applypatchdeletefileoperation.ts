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

export const ApplyPatchDeleteFileOperationType = {
  DeleteFile: "delete_file",
} as const;
export type ApplyPatchDeleteFileOperationType = ClosedEnum<typeof ApplyPatchDeleteFileOperationType>;

export const ApplyPatchDeleteFileOperationType$inboundSchema: z.ZodType<ApplyPatchDeleteFileOperationType, unknown> = enumSchema(ApplyPatchDeleteFileOperationType);

export const ApplyPatchDeleteFileOperationType$outboundSchema: z.ZodType<ApplyPatchDeleteFileOperationType, ApplyPatchDeleteFileOperationType> = enumSchema(ApplyPatchDeleteFileOperationType);

export function applyPatchDeleteFileOperationTypeToJSON(value: ApplyPatchDeleteFileOperationType): string {
  return stringifyJSON(value, ApplyPatchDeleteFileOperationType$outboundSchema, "ApplyPatchDeleteFileOperationType");
}

export function applyPatchDeleteFileOperationTypeFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchDeleteFileOperationType, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchDeleteFileOperationType$inboundSchema, "ApplyPatchDeleteFileOperationType");
}

export type ApplyPatchDeleteFileOperation = {
  type: ApplyPatchDeleteFileOperationType;
  path: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ApplyPatchDeleteFileOperation as it is sent on the wire. */
export type ApplyPatchDeleteFileOperation$Outbound = {
  type: ApplyPatchDeleteFileOperationType;
  path: string;
  [k: string]: unknown;
};

export const ApplyPatchDeleteFileOperation$inboundSchema: z.ZodType<ApplyPatchDeleteFileOperation, unknown> = objectInbound<ApplyPatchDeleteFileOperation>(
  {
    type: ["type", ApplyPatchDeleteFileOperationType$inboundSchema],
    path: ["path", z.string()],
  },
);

export const ApplyPatchDeleteFileOperation$outboundSchema: z.ZodType<ApplyPatchDeleteFileOperation$Outbound, ApplyPatchDeleteFileOperation> = objectOutbound<ApplyPatchDeleteFileOperation, ApplyPatchDeleteFileOperation$Outbound>(
  {
    type: ["type", ApplyPatchDeleteFileOperationType$outboundSchema],
    path: ["path", z.string()],
  },
);

export function applyPatchDeleteFileOperationToJSON(value: ApplyPatchDeleteFileOperation): string {
  return stringifyJSON(value, ApplyPatchDeleteFileOperation$outboundSchema, "ApplyPatchDeleteFileOperation");
}

export function applyPatchDeleteFileOperationFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchDeleteFileOperation, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchDeleteFileOperation$inboundSchema, "ApplyPatchDeleteFileOperation");
}
