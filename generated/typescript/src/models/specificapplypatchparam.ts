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

export const SpecificApplyPatchParamType = {
  ApplyPatch: "apply_patch",
} as const;
export type SpecificApplyPatchParamType = ClosedEnum<typeof SpecificApplyPatchParamType>;

export const SpecificApplyPatchParamType$inboundSchema: z.ZodType<SpecificApplyPatchParamType, unknown> = enumSchema(SpecificApplyPatchParamType);

export const SpecificApplyPatchParamType$outboundSchema: z.ZodType<SpecificApplyPatchParamType, SpecificApplyPatchParamType> = enumSchema(SpecificApplyPatchParamType);

export function specificApplyPatchParamTypeToJSON(value: SpecificApplyPatchParamType): string {
  return stringifyJSON(value, SpecificApplyPatchParamType$outboundSchema, "SpecificApplyPatchParamType");
}

export function specificApplyPatchParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<SpecificApplyPatchParamType, SDKValidationError> {
  return safeParseJSON(jsonString, SpecificApplyPatchParamType$inboundSchema, "SpecificApplyPatchParamType");
}

export type SpecificApplyPatchParam = {
  type: SpecificApplyPatchParamType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** SpecificApplyPatchParam as it is sent on the wire. */
export type SpecificApplyPatchParam$Outbound = {
  type: SpecificApplyPatchParamType;
  [k: string]: unknown;
};

export const SpecificApplyPatchParam$inboundSchema: z.ZodType<SpecificApplyPatchParam, unknown> = objectInbound<SpecificApplyPatchParam>(
  {
    type: ["type", SpecificApplyPatchParamType$inboundSchema],
  },
);

export const SpecificApplyPatchParam$outboundSchema: z.ZodType<SpecificApplyPatchParam$Outbound, SpecificApplyPatchParam> = objectOutbound<SpecificApplyPatchParam, SpecificApplyPatchParam$Outbound>(
  {
    type: ["type", SpecificApplyPatchParamType$outboundSchema],
  },
);

export function specificApplyPatchParamToJSON(value: SpecificApplyPatchParam): string {
  return stringifyJSON(value, SpecificApplyPatchParam$outboundSchema, "SpecificApplyPatchParam");
}

export function specificApplyPatchParamFromJSON(
  jsonString: string,
): SafeParseResult<SpecificApplyPatchParam, SDKValidationError> {
  return safeParseJSON(jsonString, SpecificApplyPatchParam$inboundSchema, "SpecificApplyPatchParam");
}
