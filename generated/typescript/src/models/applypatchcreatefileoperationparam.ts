// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
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

export const ApplyPatchCreateFileOperationParam$inboundSchema: z.ZodType<ApplyPatchCreateFileOperationParam, unknown> = objectInbound(
  {
    type: ApplyPatchCreateFileOperationParamType$inboundSchema,
    path: z.string().min(1),
    diff: z.string().max(10485760),
  },
  (v) => ({
    type: v.type,
    path: v.path,
    diff: v.diff,
    ...collectAdditionalProperties(v, ["type", "path", "diff"]),
  }),
);

export const ApplyPatchCreateFileOperationParam$outboundSchema: z.ZodType<ApplyPatchCreateFileOperationParam$Outbound, ApplyPatchCreateFileOperationParam> = objectOutbound(
  {
    type: ApplyPatchCreateFileOperationParamType$outboundSchema,
    path: z.string().min(1),
    diff: z.string().max(10485760),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    path: v.path,
    diff: v.diff,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "path", "diff"]),
  }),
);

export function applyPatchCreateFileOperationParamToJSON(value: ApplyPatchCreateFileOperationParam): string {
  return stringifyJSON(value, ApplyPatchCreateFileOperationParam$outboundSchema, "ApplyPatchCreateFileOperationParam");
}

export function applyPatchCreateFileOperationParamFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchCreateFileOperationParam, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchCreateFileOperationParam$inboundSchema, "ApplyPatchCreateFileOperationParam");
}
