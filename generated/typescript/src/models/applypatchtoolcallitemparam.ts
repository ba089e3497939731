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

export const ApplyPatchToolCallItemParam$inboundSchema: z.ZodType<ApplyPatchToolCallItemParam, unknown> = objectInbound(
  {
    type: ApplyPatchToolCallItemParamType$inboundSchema,
    id: z.string().nullable().optional(),
    call_id: z.string().min(1).max(64),
    caller: ToolCallCallerParam$inboundSchema.nullable().optional(),
    status: ApplyPatchCallStatusParam$inboundSchema,
    operation: ApplyPatchOperationParam$inboundSchema,
  },
  (v) => ({
    type: v.type,
    ...(v.id === undefined ? {} : { id: v.id }),
    callId: v.call_id,
    ...(v.caller === undefined ? {} : { caller: v.caller }),
    status: v.status,
    operation: v.operation,
    ...collectAdditionalProperties(v, ["type", "id", "call_id", "caller", "status", "operation"]),
  }),
);

export const ApplyPatchToolCallItemParam$outboundSchema: z.ZodType<ApplyPatchToolCallItemParam$Outbound, ApplyPatchToolCallItemParam> = objectOutbound(
  {
    type: ApplyPatchToolCallItemParamType$outboundSchema,
    id: z.string().nullable().optional(),
    callId: z.string().min(1).max(64),
    caller: ToolCallCallerParam$outboundSchema.nullable().optional(),
    status: ApplyPatchCallStatusParam$outboundSchema,
    operation: ApplyPatchOperationParam$outboundSchema,
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    ...(v.id === undefined ? {} : { id: v.id }),
    call_id: v.callId,
    ...(v.caller === undefined ? {} : { caller: v.caller }),
    status: v.status,
    operation: v.operation,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "id", "call_id", "caller", "status", "operation"]),
  }),
);

export function applyPatchToolCallItemParamToJSON(value: ApplyPatchToolCallItemParam): string {
  return stringifyJSON(value, ApplyPatchToolCallItemParam$outboundSchema, "ApplyPatchToolCallItemParam");
}

export function applyPatchToolCallItemParamFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchToolCallItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchToolCallItemParam$inboundSchema, "ApplyPatchToolCallItemParam");
}
