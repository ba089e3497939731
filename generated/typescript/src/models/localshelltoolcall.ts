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
  LocalShellExecAction$inboundSchema,
  LocalShellExecAction$outboundSchema,
  type LocalShellExecAction,
  type LocalShellExecAction$Outbound,
} from "./localshellexecaction.js";

export const LocalShellToolCallType = {
  LocalShellCall: "local_shell_call",
} as const;
export type LocalShellToolCallType = ClosedEnum<typeof LocalShellToolCallType>;

export const LocalShellToolCallType$inboundSchema: z.ZodType<LocalShellToolCallType, unknown> = enumSchema(LocalShellToolCallType);

export const LocalShellToolCallType$outboundSchema: z.ZodType<LocalShellToolCallType, LocalShellToolCallType> = enumSchema(LocalShellToolCallType);

export function localShellToolCallTypeToJSON(value: LocalShellToolCallType): string {
  return stringifyJSON(value, LocalShellToolCallType$outboundSchema, "LocalShellToolCallType");
}

export function localShellToolCallTypeFromJSON(
  jsonString: string,
): SafeParseResult<LocalShellToolCallType, SDKValidationError> {
  return safeParseJSON(jsonString, LocalShellToolCallType$inboundSchema, "LocalShellToolCallType");
}

export const LocalShellToolCallStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type LocalShellToolCallStatus = ClosedEnum<typeof LocalShellToolCallStatus>;

export const LocalShellToolCallStatus$inboundSchema: z.ZodType<LocalShellToolCallStatus, unknown> = enumSchema(LocalShellToolCallStatus);

export const LocalShellToolCallStatus$outboundSchema: z.ZodType<LocalShellToolCallStatus, LocalShellToolCallStatus> = enumSchema(LocalShellToolCallStatus);

export function localShellToolCallStatusToJSON(value: LocalShellToolCallStatus): string {
  return stringifyJSON(value, LocalShellToolCallStatus$outboundSchema, "LocalShellToolCallStatus");
}

export function localShellToolCallStatusFromJSON(
  jsonString: string,
): SafeParseResult<LocalShellToolCallStatus, SDKValidationError> {
  return safeParseJSON(jsonString, LocalShellToolCallStatus$inboundSchema, "LocalShellToolCallStatus");
}

export type LocalShellToolCall = {
  type: LocalShellToolCallType;
  id: string;
  callId: string;
  action: LocalShellExecAction;
  status: LocalShellToolCallStatus;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** LocalShellToolCall as it is sent on the wire. */
export type LocalShellToolCall$Outbound = {
  type: LocalShellToolCallType;
  id: string;
  call_id: string;
  action: LocalShellExecAction$Outbound;
  status: LocalShellToolCallStatus;
  [k: string]: unknown;
};

export const LocalShellToolCall$inboundSchema: z.ZodType<LocalShellToolCall, unknown> = objectInbound<LocalShellToolCall>(
  {
    type: ["type", LocalShellToolCallType$inboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    action: ["action", LocalShellExecAction$inboundSchema],
    status: ["status", LocalShellToolCallStatus$inboundSchema],
  },
);

export const LocalShellToolCall$outboundSchema: z.ZodType<LocalShellToolCall$Outbound, LocalShellToolCall> = objectOutbound<LocalShellToolCall, LocalShellToolCall$Outbound>(
  {
    type: ["type", LocalShellToolCallType$outboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    action: ["action", LocalShellExecAction$outboundSchema],
    status: ["status", LocalShellToolCallStatus$outboundSchema],
  },
);

export function localShellToolCallToJSON(value: LocalShellToolCall): string {
  return stringifyJSON(value, LocalShellToolCall$outboundSchema, "LocalShellToolCall");
}

export function localShellToolCallFromJSON(
  jsonString: string,
): SafeParseResult<LocalShellToolCall, SDKValidationError> {
  return safeParseJSON(jsonString, LocalShellToolCall$inboundSchema, "LocalShellToolCall");
}
