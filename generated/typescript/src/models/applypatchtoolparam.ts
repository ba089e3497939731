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
  CallableToolAllowedCaller$inboundSchema,
  CallableToolAllowedCaller$outboundSchema,
  type CallableToolAllowedCaller,
} from "./callabletoolallowedcaller.js";

export const ApplyPatchToolParamType = {
  ApplyPatch: "apply_patch",
} as const;
export type ApplyPatchToolParamType = ClosedEnum<typeof ApplyPatchToolParamType>;

export const ApplyPatchToolParamType$inboundSchema: z.ZodType<ApplyPatchToolParamType, unknown> = enumSchema(ApplyPatchToolParamType);

export const ApplyPatchToolParamType$outboundSchema: z.ZodType<ApplyPatchToolParamType, ApplyPatchToolParamType> = enumSchema(ApplyPatchToolParamType);

export function applyPatchToolParamTypeToJSON(value: ApplyPatchToolParamType): string {
  return stringifyJSON(value, ApplyPatchToolParamType$outboundSchema, "ApplyPatchToolParamType");
}

export function applyPatchToolParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchToolParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchToolParamType$inboundSchema, "ApplyPatchToolParamType");
}

export type ApplyPatchToolParam = {
  type: ApplyPatchToolParamType;
  allowedCallers?: Array<CallableToolAllowedCaller> | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ApplyPatchToolParam as it is sent on the wire. */
export type ApplyPatchToolParam$Outbound = {
  type: ApplyPatchToolParamType;
  allowed_callers?: Array<CallableToolAllowedCaller> | null | undefined;
  [k: string]: unknown;
};

export const ApplyPatchToolParam$inboundSchema: z.ZodType<ApplyPatchToolParam, unknown> = objectInbound<ApplyPatchToolParam>(
  {
    type: ["type", ApplyPatchToolParamType$inboundSchema],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$inboundSchema).min(1).nullable().optional()],
  },
);

export const ApplyPatchToolParam$outboundSchema: z.ZodType<ApplyPatchToolParam$Outbound, ApplyPatchToolParam> = objectOutbound<ApplyPatchToolParam, ApplyPatchToolParam$Outbound>(
  {
    type: ["type", ApplyPatchToolParamType$outboundSchema],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$outboundSchema).min(1).nullable().optional()],
  },
);

export function applyPatchToolParamToJSON(value: ApplyPatchToolParam): string {
  return stringifyJSON(value, ApplyPatchToolParam$outboundSchema, "ApplyPatchToolParam");
}

export function applyPatchToolParamFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchToolParam, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchToolParam$inboundSchema, "ApplyPatchToolParam");
}
