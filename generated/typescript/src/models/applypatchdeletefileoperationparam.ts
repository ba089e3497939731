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

export const ApplyPatchDeleteFileOperationParamType = {
  DeleteFile: "delete_file",
} as const;
export type ApplyPatchDeleteFileOperationParamType = ClosedEnum<typeof ApplyPatchDeleteFileOperationParamType>;

export const ApplyPatchDeleteFileOperationParamType$inboundSchema: z.ZodType<ApplyPatchDeleteFileOperationParamType, unknown> = enumSchema(ApplyPatchDeleteFileOperationParamType);

export const ApplyPatchDeleteFileOperationParamType$outboundSchema: z.ZodType<ApplyPatchDeleteFileOperationParamType, ApplyPatchDeleteFileOperationParamType> = enumSchema(ApplyPatchDeleteFileOperationParamType);

export function applyPatchDeleteFileOperationParamTypeToJSON(value: ApplyPatchDeleteFileOperationParamType): string {
  return stringifyJSON(value, ApplyPatchDeleteFileOperationParamType$outboundSchema, "ApplyPatchDeleteFileOperationParamType");
}

export function applyPatchDeleteFileOperationParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchDeleteFileOperationParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchDeleteFileOperationParamType$inboundSchema, "ApplyPatchDeleteFileOperationParamType");
}

export type ApplyPatchDeleteFileOperationParam = {
  type: ApplyPatchDeleteFileOperationParamType;
  path: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ApplyPatchDeleteFileOperationParam as it is sent on the wire. */
export type ApplyPatchDeleteFileOperationParam$Outbound = {
  type: ApplyPatchDeleteFileOperationParamType;
  path: string;
  [k: string]: unknown;
};

export const ApplyPatchDeleteFileOperationParam$inboundSchema: z.ZodType<ApplyPatchDeleteFileOperationParam, unknown> = objectInbound<ApplyPatchDeleteFileOperationParam>(
  {
    type: ["type", ApplyPatchDeleteFileOperationParamType$inboundSchema],
    path: ["path", z.string().min(1)],
  },
);

export const ApplyPatchDeleteFileOperationParam$outboundSchema: z.ZodType<ApplyPatchDeleteFileOperationParam$Outbound, ApplyPatchDeleteFileOperationParam> = objectOutbound<ApplyPatchDeleteFileOperationParam, ApplyPatchDeleteFileOperationParam$Outbound>(
  {
    type: ["type", ApplyPatchDeleteFileOperationParamType$outboundSchema],
    path: ["path", z.string().min(1)],
  },
);

export function applyPatchDeleteFileOperationParamToJSON(value: ApplyPatchDeleteFileOperationParam): string {
  return stringifyJSON(value, ApplyPatchDeleteFileOperationParam$outboundSchema, "ApplyPatchDeleteFileOperationParam");
}

export function applyPatchDeleteFileOperationParamFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchDeleteFileOperationParam, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchDeleteFileOperationParam$inboundSchema, "ApplyPatchDeleteFileOperationParam");
}
