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

export const ApplyPatchToolCallOutput$inboundSchema: z.ZodType<ApplyPatchToolCallOutput, unknown> = objectInbound(
  {
    type: ApplyPatchToolCallOutputType$inboundSchema,
    id: z.string(),
    call_id: z.string(),
    caller: ToolCallCaller$inboundSchema.nullable().optional(),
    status: ApplyPatchCallOutputStatus$inboundSchema,
    output: z.string().nullable().optional(),
    created_by: z.string().optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    callId: v.call_id,
    ...(v.caller === undefined ? {} : { caller: v.caller }),
    status: v.status,
    ...(v.output === undefined ? {} : { output: v.output }),
    ...(v.created_by === undefined ? {} : { createdBy: v.created_by }),
    ...collectAdditionalProperties(v, ["type", "id", "call_id", "caller", "status", "output", "created_by"]),
  }),
);

export const ApplyPatchToolCallOutput$outboundSchema: z.ZodType<ApplyPatchToolCallOutput$Outbound, ApplyPatchToolCallOutput> = objectOutbound(
  {
    type: ApplyPatchToolCallOutputType$outboundSchema,
    id: z.string(),
    callId: z.string(),
    caller: ToolCallCaller$outboundSchema.nullable().optional(),
    status: ApplyPatchCallOutputStatus$outboundSchema,
    output: z.string().nullable().optional(),
    createdBy: z.string().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    call_id: v.callId,
    ...(v.caller === undefined ? {} : { caller: v.caller }),
    status: v.status,
    ...(v.output === undefined ? {} : { output: v.output }),
    ...(v.createdBy === undefined ? {} : { created_by: v.createdBy }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "id", "call_id", "caller", "status", "output", "created_by"]),
  }),
);

export function applyPatchToolCallOutputToJSON(value: ApplyPatchToolCallOutput): string {
  return stringifyJSON(value, ApplyPatchToolCallOutput$outboundSchema, "ApplyPatchToolCallOutput");
}

export function applyPatchToolCallOutputFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchToolCallOutput, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchToolCallOutput$inboundSchema, "ApplyPatchToolCallOutput");
}
