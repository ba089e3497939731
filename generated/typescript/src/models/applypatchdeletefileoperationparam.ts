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

export const ApplyPatchDeleteFileOperationParam$inboundSchema: z.ZodType<ApplyPatchDeleteFileOperationParam, unknown> = objectInbound(
  {
    type: ApplyPatchDeleteFileOperationParamType$inboundSchema,
    path: z.string().min(1),
  },
  (v) => ({
    type: v.type,
    path: v.path,
    ...collectAdditionalProperties(v, ["type", "path"]),
  }),
);

export const ApplyPatchDeleteFileOperationParam$outboundSchema: z.ZodType<ApplyPatchDeleteFileOperationParam$Outbound, ApplyPatchDeleteFileOperationParam> = objectOutbound(
  {
    type: ApplyPatchDeleteFileOperationParamType$outboundSchema,
    path: z.string().min(1),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    path: v.path,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "path"]),
  }),
);

export function applyPatchDeleteFileOperationParamToJSON(value: ApplyPatchDeleteFileOperationParam): string {
  return stringifyJSON(value, ApplyPatchDeleteFileOperationParam$outboundSchema, "ApplyPatchDeleteFileOperationParam");
}

export function applyPatchDeleteFileOperationParamFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchDeleteFileOperationParam, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchDeleteFileOperationParam$inboundSchema, "ApplyPatchDeleteFileOperationParam");
}
