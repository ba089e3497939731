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
  ApplyPatchCallStatusParam$inboundSchema,
  ApplyPatchCallStatusParam$outboundSchema,
  type ApplyPatchCallStatusParam,
} from "./applypatchcallstatusparam.js";
import {
  ApplyPatchOperationParam$inboundSchema,
  ApplyPatchOperationParam$outboundSchema,
  type ApplyPatchOperationParam,
  type ApplyPatchOperationParam$Outbound,
} from "./applypatchoperationparam.js";
import {
  ToolCallCallerParam$inboundSchema,
  ToolCallCallerParam$outboundSchema,
  type ToolCallCallerParam,
  type ToolCallCallerParam$Outbound,
} from "./toolcallcallerparam.js";

export const ApplyPatchToolCallItemParamType = {
  ApplyPatchCall: "apply_patch_call",
} as const;
export type ApplyPatchToolCallItemParamType = ClosedEnum<typeof ApplyPatchToolCallItemParamType>;

export const ApplyPatchToolCallItemParamType$inboundSchema: z.ZodType<ApplyPatchToolCallItemParamType, unknown> = enumSchema(ApplyPatchToolCallItemParamType);

export const ApplyPatchToolCallItemParamType$outboundSchema: z.ZodType<ApplyPatchToolCallItemParamType, ApplyPatchToolCallItemParamType> = enumSchema(ApplyPatchToolCallItemParamType);

export function applyPatchToolCallItemParamTypeToJSON(value: ApplyPatchToolCallItemParamType): string {
  return stringifyJSON(value, ApplyPatchToolCallItemParamType$outboundSchema, "ApplyPatchToolCallItemParamType");
}

export function applyPatchToolCallItemParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchToolCallItemParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchToolCallItemParamType$inboundSchema, "ApplyPatchToolCallItemParamType");
}

export type ApplyPatchToolCallItemParam = {
  type: ApplyPatchToolCallItemParamType;
  id?: string | null | undefined;
  callId: string;
  caller?: ToolCallCallerParam | null | undefined;
  status: ApplyPatchCallStatusParam;
  operation: ApplyPatchOperationParam;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ApplyPatchToolCallItemParam as it is sent on the wire. */
export type ApplyPatchToolCallItemParam$Outbound = {
  type: ApplyPatchToolCallItemParamType;
  id?: string | null | undefined;
  call_id: string;
  caller?: ToolCallCallerParam$Outbound | null | undefined;
  status: ApplyPatchCallStatusParam;
  operation: ApplyPatchOperationParam$Outbound;
  [k: string]: unknown;
};

export const ApplyPatchToolCallItemParam$inboundSchema: z.ZodType<ApplyPatchToolCallItemParam, unknown> = objectInbound<ApplyPatchToolCallItemParam>(
  {
    type: ["type", ApplyPatchToolCallItemParamType$inboundSchema],
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64)],
    caller: ["caller", ToolCallCallerParam$inboundSchema.nullable().optional()],
    status: ["status", ApplyPatchCallStatusParam$inboundSchema],
    operation: ["operation", ApplyPatchOperationParam$inboundSchema],
  },
);

export const ApplyPatchToolCallItemParam$outboundSchema: z.ZodType<ApplyPatchToolCallItemParam$Outbound, ApplyPatchToolCallItemParam> = objectOutbound<ApplyPatchToolCallItemParam, ApplyPatchToolCallItemParam$Outbound>(
  {
    type: ["type", ApplyPatchToolCallItemParamType$outboundSchema],
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64)],
    caller: ["caller", ToolCallCallerParam$outboundSchema.nullable().optional()],
    status: ["status", ApplyPatchCallStatusParam$outboundSchema],
    operation: ["operation", ApplyPatchOperationParam$outboundSchema],
  },
);

export function applyPatchToolCallItemParamToJSON(value: ApplyPatchToolCallItemParam): string {
  return stringifyJSON(value, ApplyPatchToolCallItemParam$outboundSchema, "ApplyPatchToolCallItemParam");
}

export function applyPatchToolCallItemParamFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchToolCallItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchToolCallItemParam$inboundSchema, "ApplyPatchToolCallItemParam");
}
