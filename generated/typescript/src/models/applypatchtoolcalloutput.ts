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
  ApplyPatchCallOutputStatus$inboundSchema,
  ApplyPatchCallOutputStatus$outboundSchema,
  type ApplyPatchCallOutputStatus,
} from "./applypatchcalloutputstatus.js";
import {
  ToolCallCaller$inboundSchema,
  ToolCallCaller$outboundSchema,
  type ToolCallCaller,
  type ToolCallCaller$Outbound,
} from "./toolcallcaller.js";

export const ApplyPatchToolCallOutputType = {
  ApplyPatchCallOutput: "apply_patch_call_output",
} as const;
export type ApplyPatchToolCallOutputType = ClosedEnum<typeof ApplyPatchToolCallOutputType>;

export const ApplyPatchToolCallOutputType$inboundSchema: z.ZodType<ApplyPatchToolCallOutputType, unknown> = enumSchema(ApplyPatchToolCallOutputType);

export const ApplyPatchToolCallOutputType$outboundSchema: z.ZodType<ApplyPatchToolCallOutputType, ApplyPatchToolCallOutputType> = enumSchema(ApplyPatchToolCallOutputType);

export function applyPatchToolCallOutputTypeToJSON(value: ApplyPatchToolCallOutputType): string {
  return stringifyJSON(value, ApplyPatchToolCallOutputType$outboundSchema, "ApplyPatchToolCallOutputType");
}

export function applyPatchToolCallOutputTypeFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchToolCallOutputType, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchToolCallOutputType$inboundSchema, "ApplyPatchToolCallOutputType");
}

export type ApplyPatchToolCallOutput = {
  type: ApplyPatchToolCallOutputType;
  id: string;
  callId: string;
  caller?: ToolCallCaller | null | undefined;
  status: ApplyPatchCallOutputStatus;
  output?: string | null | undefined;
  createdBy?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ApplyPatchToolCallOutput as it is sent on the wire. */
export type ApplyPatchToolCallOutput$Outbound = {
  type: ApplyPatchToolCallOutputType;
  id: string;
  call_id: string;
  caller?: ToolCallCaller$Outbound | null | undefined;
  status: ApplyPatchCallOutputStatus;
  output?: string | null | undefined;
  created_by?: string | undefined;
  [k: string]: unknown;
};

export const ApplyPatchToolCallOutput$inboundSchema: z.ZodType<ApplyPatchToolCallOutput, unknown> = objectInbound<ApplyPatchToolCallOutput>(
  {
    type: ["type", ApplyPatchToolCallOutputType$inboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCaller$inboundSchema.nullable().optional()],
    status: ["status", ApplyPatchCallOutputStatus$inboundSchema],
    output: ["output", z.string().nullable().optional()],
    createdBy: ["created_by", z.string().optional()],
  },
);

export const ApplyPatchToolCallOutput$outboundSchema: z.ZodType<ApplyPatchToolCallOutput$Outbound, ApplyPatchToolCallOutput> = objectOutbound<ApplyPatchToolCallOutput, ApplyPatchToolCallOutput$Outbound>(
  {
    type: ["type", ApplyPatchToolCallOutputType$outboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCaller$outboundSchema.nullable().optional()],
    status: ["status", ApplyPatchCallOutputStatus$outboundSchema],
    output: ["output", z.string().nullable().optional()],
    createdBy: ["created_by", z.string().optional()],
  },
);

export function applyPatchToolCallOutputToJSON(value: ApplyPatchToolCallOutput): string {
  return stringifyJSON(value, ApplyPatchToolCallOutput$outboundSchema, "ApplyPatchToolCallOutput");
}

export function applyPatchToolCallOutputFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchToolCallOutput, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchToolCallOutput$inboundSchema, "ApplyPatchToolCallOutput");
}
