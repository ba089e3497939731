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
  ApplyPatchCallOutputStatusParam$inboundSchema,
  ApplyPatchCallOutputStatusParam$outboundSchema,
  type ApplyPatchCallOutputStatusParam,
} from "./applypatchcalloutputstatusparam.js";
import {
  ToolCallCallerParam$inboundSchema,
  ToolCallCallerParam$outboundSchema,
  type ToolCallCallerParam,
  type ToolCallCallerParam$Outbound,
} from "./toolcallcallerparam.js";

export const ApplyPatchToolCallOutputItemParamType = {
  ApplyPatchCallOutput: "apply_patch_call_output",
} as const;
export type ApplyPatchToolCallOutputItemParamType = ClosedEnum<typeof ApplyPatchToolCallOutputItemParamType>;

export const ApplyPatchToolCallOutputItemParamType$inboundSchema: z.ZodType<ApplyPatchToolCallOutputItemParamType, unknown> = enumSchema(ApplyPatchToolCallOutputItemParamType);

export const ApplyPatchToolCallOutputItemParamType$outboundSchema: z.ZodType<ApplyPatchToolCallOutputItemParamType, ApplyPatchToolCallOutputItemParamType> = enumSchema(ApplyPatchToolCallOutputItemParamType);

export function applyPatchToolCallOutputItemParamTypeToJSON(value: ApplyPatchToolCallOutputItemParamType): string {
  return stringifyJSON(value, ApplyPatchToolCallOutputItemParamType$outboundSchema, "ApplyPatchToolCallOutputItemParamType");
}

export function applyPatchToolCallOutputItemParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchToolCallOutputItemParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchToolCallOutputItemParamType$inboundSchema, "ApplyPatchToolCallOutputItemParamType");
}

export type ApplyPatchToolCallOutputItemParam = {
  type: ApplyPatchToolCallOutputItemParamType;
  id?: string | null | undefined;
  callId: string;
  caller?: ToolCallCallerParam | null | undefined;
  status: ApplyPatchCallOutputStatusParam;
  output?: string | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ApplyPatchToolCallOutputItemParam as it is sent on the wire. */
export type ApplyPatchToolCallOutputItemParam$Outbound = {
  type: ApplyPatchToolCallOutputItemParamType;
  id?: string | null | undefined;
  call_id: string;
  caller?: ToolCallCallerParam$Outbound | null | undefined;
  status: ApplyPatchCallOutputStatusParam;
  output?: string | null | undefined;
  [k: string]: unknown;
};

export const ApplyPatchToolCallOutputItemParam$inboundSchema: z.ZodType<ApplyPatchToolCallOutputItemParam, unknown> = objectInbound<ApplyPatchToolCallOutputItemParam>(
  {
    type: ["type", ApplyPatchToolCallOutputItemParamType$inboundSchema],
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64)],
    caller: ["caller", ToolCallCallerParam$inboundSchema.nullable().optional()],
    status: ["status", ApplyPatchCallOutputStatusParam$inboundSchema],
    output: ["output", z.string().max(10485760).nullable().optional()],
  },
);

export const ApplyPatchToolCallOutputItemParam$outboundSchema: z.ZodType<ApplyPatchToolCallOutputItemParam$Outbound, ApplyPatchToolCallOutputItemParam> = objectOutbound<ApplyPatchToolCallOutputItemParam, ApplyPatchToolCallOutputItemParam$Outbound>(
  {
    type: ["type", ApplyPatchToolCallOutputItemParamType$outboundSchema],
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64)],
    caller: ["caller", ToolCallCallerParam$outboundSchema.nullable().optional()],
    status: ["status", ApplyPatchCallOutputStatusParam$outboundSchema],
    output: ["output", z.string().max(10485760).nullable().optional()],
  },
);

export function applyPatchToolCallOutputItemParamToJSON(value: ApplyPatchToolCallOutputItemParam): string {
  return stringifyJSON(value, ApplyPatchToolCallOutputItemParam$outboundSchema, "ApplyPatchToolCallOutputItemParam");
}

export function applyPatchToolCallOutputItemParamFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchToolCallOutputItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchToolCallOutputItemParam$inboundSchema, "ApplyPatchToolCallOutputItemParam");
}
