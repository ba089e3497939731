// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  enumSchema,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  ApplyPatchCallStatus$inboundSchema,
  ApplyPatchCallStatus$outboundSchema,
  type ApplyPatchCallStatus,
} from "./applypatchcallstatus.js";
import {
  ApplyPatchCreateFileOperation$inboundSchema,
  ApplyPatchCreateFileOperation$outboundSchema,
  type ApplyPatchCreateFileOperation,
  type ApplyPatchCreateFileOperation$Outbound,
} from "./applypatchcreatefileoperation.js";
import {
  ApplyPatchDeleteFileOperation$inboundSchema,
  ApplyPatchDeleteFileOperation$outboundSchema,
  type ApplyPatchDeleteFileOperation,
  type ApplyPatchDeleteFileOperation$Outbound,
} from "./applypatchdeletefileoperation.js";
import {
  ApplyPatchUpdateFileOperation$inboundSchema,
  ApplyPatchUpdateFileOperation$outboundSchema,
  type ApplyPatchUpdateFileOperation,
  type ApplyPatchUpdateFileOperation$Outbound,
} from "./applypatchupdatefileoperation.js";
import {
  ToolCallCaller$inboundSchema,
  ToolCallCaller$outboundSchema,
  type ToolCallCaller,
  type ToolCallCaller$Outbound,
} from "./toolcallcaller.js";

export const ApplyPatchToolCallType = {
  ApplyPatchCall: "apply_patch_call",
} as const;
export type ApplyPatchToolCallType = ClosedEnum<typeof ApplyPatchToolCallType>;

export const ApplyPatchToolCallType$inboundSchema: z.ZodType<ApplyPatchToolCallType, unknown> = enumSchema(ApplyPatchToolCallType);

export const ApplyPatchToolCallType$outboundSchema: z.ZodType<ApplyPatchToolCallType, ApplyPatchToolCallType> = enumSchema(ApplyPatchToolCallType);

export function applyPatchToolCallTypeToJSON(value: ApplyPatchToolCallType): string {
  return stringifyJSON(value, ApplyPatchToolCallType$outboundSchema, "ApplyPatchToolCallType");
}

export function applyPatchToolCallTypeFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchToolCallType, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchToolCallType$inboundSchema, "ApplyPatchToolCallType");
}

export type ApplyPatchToolCallOperation =
  | ApplyPatchCreateFileOperation
  | ApplyPatchDeleteFileOperation
  | ApplyPatchUpdateFileOperation
  | ApplyPatchToolCallOperationUnknown;

/**
 * The member of ApplyPatchToolCallOperation for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type ApplyPatchToolCallOperationUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isApplyPatchToolCallOperationUnknown(value: ApplyPatchToolCallOperation): value is ApplyPatchToolCallOperationUnknown {
  return value.type === undefined;
}

/** ApplyPatchToolCallOperation as it is sent on the wire. */
export type ApplyPatchToolCallOperation$Outbound =
  | ApplyPatchCreateFileOperation$Outbound
  | ApplyPatchDeleteFileOperation$Outbound
  | ApplyPatchUpdateFileOperation$Outbound
  | { [k: string]: unknown };

export const ApplyPatchToolCallOperation$inboundSchema: z.ZodType<ApplyPatchToolCallOperation, unknown> = discriminatedUnionInbound(
  "type",
  {
    create_file: ApplyPatchCreateFileOperation$inboundSchema,
    delete_file: ApplyPatchDeleteFileOperation$inboundSchema,
    update_file: ApplyPatchUpdateFileOperation$inboundSchema,
  },
);

export const ApplyPatchToolCallOperation$outboundSchema: z.ZodType<ApplyPatchToolCallOperation$Outbound, ApplyPatchToolCallOperation> = discriminatedUnionOutbound(
  "type",
  {
    create_file: ApplyPatchCreateFileOperation$outboundSchema,
    delete_file: ApplyPatchDeleteFileOperation$outboundSchema,
    update_file: ApplyPatchUpdateFileOperation$outboundSchema,
  },
);

export function applyPatchToolCallOperationToJSON(value: ApplyPatchToolCallOperation): string {
  return stringifyJSON(value, ApplyPatchToolCallOperation$outboundSchema, "ApplyPatchToolCallOperation");
}

export function applyPatchToolCallOperationFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchToolCallOperation, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchToolCallOperation$inboundSchema, "ApplyPatchToolCallOperation");
}

export type ApplyPatchToolCall = {
  type: ApplyPatchToolCallType;
  id: string;
  callId: string;
  caller?: ToolCallCaller | null | undefined;
  status: ApplyPatchCallStatus;
  operation: ApplyPatchToolCallOperation;
  createdBy?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ApplyPatchToolCall as it is sent on the wire. */
export type ApplyPatchToolCall$Outbound = {
  type: ApplyPatchToolCallType;
  id: string;
  call_id: string;
  caller?: ToolCallCaller$Outbound | null | undefined;
  status: ApplyPatchCallStatus;
  operation: ApplyPatchToolCallOperation$Outbound;
  created_by?: string | undefined;
  [k: string]: unknown;
};

export const ApplyPatchToolCall$inboundSchema: z.ZodType<ApplyPatchToolCall, unknown> = objectInbound<ApplyPatchToolCall>(
  {
    type: ["type", ApplyPatchToolCallType$inboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCaller$inboundSchema.nullable().optional()],
    status: ["status", ApplyPatchCallStatus$inboundSchema],
    operation: ["operation", ApplyPatchToolCallOperation$inboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export const ApplyPatchToolCall$outboundSchema: z.ZodType<ApplyPatchToolCall$Outbound, ApplyPatchToolCall> = objectOutbound<ApplyPatchToolCall, ApplyPatchToolCall$Outbound>(
  {
    type: ["type", ApplyPatchToolCallType$outboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCaller$outboundSchema.nullable().optional()],
    status: ["status", ApplyPatchCallStatus$outboundSchema],
    operation: ["operation", ApplyPatchToolCallOperation$outboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export function applyPatchToolCallToJSON(value: ApplyPatchToolCall): string {
  return stringifyJSON(value, ApplyPatchToolCall$outboundSchema, "ApplyPatchToolCall");
}

export function applyPatchToolCallFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchToolCall, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchToolCall$inboundSchema, "ApplyPatchToolCall");
}
