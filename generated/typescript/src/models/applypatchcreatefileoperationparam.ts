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

export const ApplyPatchCreateFileOperationParamType = {
  CreateFile: "create_file",
} as const;
export type ApplyPatchCreateFileOperationParamType = ClosedEnum<typeof ApplyPatchCreateFileOperationParamType>;

export const ApplyPatchCreateFileOperationParamType$inboundSchema: z.ZodType<ApplyPatchCreateFileOperationParamType, unknown> = enumSchema(ApplyPatchCreateFileOperationParamType);

export const ApplyPatchCreateFileOperationParamType$outboundSchema: z.ZodType<ApplyPatchCreateFileOperationParamType, ApplyPatchCreateFileOperationParamType> = enumSchema(ApplyPatchCreateFileOperationParamType);

export function applyPatchCreateFileOperationParamTypeToJSON(value: ApplyPatchCreateFileOperationParamType): string {
  return stringifyJSON(value, ApplyPatchCreateFileOperationParamType$outboundSchema, "ApplyPatchCreateFileOperationParamType");
}

export function applyPatchCreateFileOperationParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchCreateFileOperationParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchCreateFileOperationParamType$inboundSchema, "ApplyPatchCreateFileOperationParamType");
}

export type ApplyPatchCreateFileOperationParam = {
  type: ApplyPatchCreateFileOperationParamType;
  path: string;
  diff: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ApplyPatchCreateFileOperationParam as it is sent on the wire. */
export type ApplyPatchCreateFileOperationParam$Outbound = {
  type: ApplyPatchCreateFileOperationParamType;
  path: string;
  diff: string;
  [k: string]: unknown;
};

export const ApplyPatchCreateFileOperationParam$inboundSchema: z.ZodType<ApplyPatchCreateFileOperationParam, unknown> = objectInbound<ApplyPatchCreateFileOperationParam>(
  {
    type: ["type", ApplyPatchCreateFileOperationParamType$inboundSchema],
    path: ["path", z.string().min(1)],
    diff: ["diff", z.string().max(10485760)],
  },
);

export const ApplyPatchCreateFileOperationParam$outboundSchema: z.ZodType<ApplyPatchCreateFileOperationParam$Outbound, ApplyPatchCreateFileOperationParam> = objectOutbound<ApplyPatchCreateFileOperationParam, ApplyPatchCreateFileOperationParam$Outbound>(
  {
    type: ["type", ApplyPatchCreateFileOperationParamType$outboundSchema],
    path: ["path", z.string().min(1)],
    diff: ["diff", z.string().max(10485760)],
  },
);

export function applyPatchCreateFileOperationParamToJSON(value: ApplyPatchCreateFileOperationParam): string {
  return stringifyJSON(value, ApplyPatchCreateFileOperationParam$outboundSchema, "ApplyPatchCreateFileOperationParam");
}

export function applyPatchCreateFileOperationParamFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchCreateFileOperationParam, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchCreateFileOperationParam$inboundSchema, "ApplyPatchCreateFileOperationParam");
}
