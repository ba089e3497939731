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

export const ApplyPatchUpdateFileOperationParamType = {
  UpdateFile: "update_file",
} as const;
export type ApplyPatchUpdateFileOperationParamType = ClosedEnum<typeof ApplyPatchUpdateFileOperationParamType>;

export const ApplyPatchUpdateFileOperationParamType$inboundSchema: z.ZodType<ApplyPatchUpdateFileOperationParamType, unknown> = enumSchema(ApplyPatchUpdateFileOperationParamType);

export const ApplyPatchUpdateFileOperationParamType$outboundSchema: z.ZodType<ApplyPatchUpdateFileOperationParamType, ApplyPatchUpdateFileOperationParamType> = enumSchema(ApplyPatchUpdateFileOperationParamType);

export function applyPatchUpdateFileOperationParamTypeToJSON(value: ApplyPatchUpdateFileOperationParamType): string {
  return stringifyJSON(value, ApplyPatchUpdateFileOperationParamType$outboundSchema, "ApplyPatchUpdateFileOperationParamType");
}

export function applyPatchUpdateFileOperationParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchUpdateFileOperationParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchUpdateFileOperationParamType$inboundSchema, "ApplyPatchUpdateFileOperationParamType");
}

export type ApplyPatchUpdateFileOperationParam = {
  type: ApplyPatchUpdateFileOperationParamType;
  path: string;
  diff: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ApplyPatchUpdateFileOperationParam as it is sent on the wire. */
export type ApplyPatchUpdateFileOperationParam$Outbound = {
  type: ApplyPatchUpdateFileOperationParamType;
  path: string;
  diff: string;
  [k: string]: unknown;
};

export const ApplyPatchUpdateFileOperationParam$inboundSchema: z.ZodType<ApplyPatchUpdateFileOperationParam, unknown> = objectInbound<ApplyPatchUpdateFileOperationParam>(
  {
    type: ["type", ApplyPatchUpdateFileOperationParamType$inboundSchema],
    path: ["path", z.string().min(1)],
    diff: ["diff", z.string().max(10485760)],
  },
);

export const ApplyPatchUpdateFileOperationParam$outboundSchema: z.ZodType<ApplyPatchUpdateFileOperationParam$Outbound, ApplyPatchUpdateFileOperationParam> = objectOutbound<ApplyPatchUpdateFileOperationParam, ApplyPatchUpdateFileOperationParam$Outbound>(
  {
    type: ["type", ApplyPatchUpdateFileOperationParamType$outboundSchema],
    path: ["path", z.string().min(1)],
    diff: ["diff", z.string().max(10485760)],
  },
);

export function applyPatchUpdateFileOperationParamToJSON(value: ApplyPatchUpdateFileOperationParam): string {
  return stringifyJSON(value, ApplyPatchUpdateFileOperationParam$outboundSchema, "ApplyPatchUpdateFileOperationParam");
}

export function applyPatchUpdateFileOperationParamFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchUpdateFileOperationParam, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchUpdateFileOperationParam$inboundSchema, "ApplyPatchUpdateFileOperationParam");
}
