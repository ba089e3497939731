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
  ToolCallCaller$inboundSchema,
  ToolCallCaller$outboundSchema,
  type ToolCallCaller,
  type ToolCallCaller$Outbound,
} from "./toolcallcaller.js";

export const FunctionToolCallType = {
  FunctionCall: "function_call",
} as const;
export type FunctionToolCallType = ClosedEnum<typeof FunctionToolCallType>;

export const FunctionToolCallType$inboundSchema: z.ZodType<FunctionToolCallType, unknown> = enumSchema(FunctionToolCallType);

export const FunctionToolCallType$outboundSchema: z.ZodType<FunctionToolCallType, FunctionToolCallType> = enumSchema(FunctionToolCallType);

export function functionToolCallTypeToJSON(value: FunctionToolCallType): string {
  return stringifyJSON(value, FunctionToolCallType$outboundSchema, "FunctionToolCallType");
}

export function functionToolCallTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolCallType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolCallType$inboundSchema, "FunctionToolCallType");
}

export const FunctionToolCallStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type FunctionToolCallStatus = ClosedEnum<typeof FunctionToolCallStatus>;

export const FunctionToolCallStatus$inboundSchema: z.ZodType<FunctionToolCallStatus, unknown> = enumSchema(FunctionToolCallStatus);

export const FunctionToolCallStatus$outboundSchema: z.ZodType<FunctionToolCallStatus, FunctionToolCallStatus> = enumSchema(FunctionToolCallStatus);

export function functionToolCallStatusToJSON(value: FunctionToolCallStatus): string {
  return stringifyJSON(value, FunctionToolCallStatus$outboundSchema, "FunctionToolCallStatus");
}

export function functionToolCallStatusFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolCallStatus, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolCallStatus$inboundSchema, "FunctionToolCallStatus");
}

export type FunctionToolCall = {
  id?: string | undefined;
  type: FunctionToolCallType;
  callId: string;
  caller?: ToolCallCaller | null | undefined;
  namespace?: string | undefined;
  name: string;
  arguments: string;
  status?: FunctionToolCallStatus | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionToolCall as it is sent on the wire. */
export type FunctionToolCall$Outbound = {
  id?: string | undefined;
  type: FunctionToolCallType;
  call_id: string;
  caller?: ToolCallCaller$Outbound | null | undefined;
  namespace?: string | undefined;
  name: string;
  arguments: string;
  status?: FunctionToolCallStatus | undefined;
  [k: string]: unknown;
};

export const FunctionToolCall$inboundSchema: z.ZodType<FunctionToolCall, unknown> = objectInbound<FunctionToolCall>(
  {
    id: ["id", z.string().optional()],
    type: ["type", FunctionToolCallType$inboundSchema],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCaller$inboundSchema.nullable().optional()],
    namespace: ["namespace", z.string().optional()],
    name: ["name", z.string()],
    arguments: ["arguments", z.string()],
    status: ["status", FunctionToolCallStatus$inboundSchema.optional()],
  },
);

export const FunctionToolCall$outboundSchema: z.ZodType<FunctionToolCall$Outbound, FunctionToolCall> = objectOutbound<FunctionToolCall, FunctionToolCall$Outbound>(
  {
    id: ["id", z.string().optional()],
    type: ["type", FunctionToolCallType$outboundSchema],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCaller$outboundSchema.nullable().optional()],
    namespace: ["namespace", z.string().optional()],
    name: ["name", z.string()],
    arguments: ["arguments", z.string()],
    status: ["status", FunctionToolCallStatus$outboundSchema.optional()],
  },
);

export function functionToolCallToJSON(value: FunctionToolCall): string {
  return stringifyJSON(value, FunctionToolCall$outboundSchema, "FunctionToolCall");
}

export function functionToolCallFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolCall, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolCall$inboundSchema, "FunctionToolCall");
}
