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
  ComputerAction$inboundSchema,
  ComputerAction$outboundSchema,
  type ComputerAction,
  type ComputerAction$Outbound,
} from "./computeraction.js";
import {
  ComputerActionList$inboundSchema,
  ComputerActionList$outboundSchema,
  type ComputerActionList,
  type ComputerActionList$Outbound,
} from "./computeractionlist.js";
import {
  ComputerCallSafetyCheckParam$inboundSchema,
  ComputerCallSafetyCheckParam$outboundSchema,
  type ComputerCallSafetyCheckParam,
  type ComputerCallSafetyCheckParam$Outbound,
} from "./computercallsafetycheckparam.js";

export const ComputerToolCallType = {
  ComputerCall: "computer_call",
} as const;
export type ComputerToolCallType = ClosedEnum<typeof ComputerToolCallType>;

export const ComputerToolCallType$inboundSchema: z.ZodType<ComputerToolCallType, unknown> = enumSchema(ComputerToolCallType);

export const ComputerToolCallType$outboundSchema: z.ZodType<ComputerToolCallType, ComputerToolCallType> = enumSchema(ComputerToolCallType);

export function computerToolCallTypeToJSON(value: ComputerToolCallType): string {
  return stringifyJSON(value, ComputerToolCallType$outboundSchema, "ComputerToolCallType");
}

export function computerToolCallTypeFromJSON(
  jsonString: string,
): SafeParseResult<ComputerToolCallType, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerToolCallType$inboundSchema, "ComputerToolCallType");
}

export const ComputerToolCallStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type ComputerToolCallStatus = ClosedEnum<typeof ComputerToolCallStatus>;

export const ComputerToolCallStatus$inboundSchema: z.ZodType<ComputerToolCallStatus, unknown> = enumSchema(ComputerToolCallStatus);

export const ComputerToolCallStatus$outboundSchema: z.ZodType<ComputerToolCallStatus, ComputerToolCallStatus> = enumSchema(ComputerToolCallStatus);

export function computerToolCallStatusToJSON(value: ComputerToolCallStatus): string {
  return stringifyJSON(value, ComputerToolCallStatus$outboundSchema, "ComputerToolCallStatus");
}

export function computerToolCallStatusFromJSON(
  jsonString: string,
): SafeParseResult<ComputerToolCallStatus, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerToolCallStatus$inboundSchema, "ComputerToolCallStatus");
}

export type ComputerToolCall = {
  type: ComputerToolCallType;
  id: string;
  callId: string;
  action?: ComputerAction | undefined;
  actions?: ComputerActionList | undefined;
  pendingSafetyChecks: Array<ComputerCallSafetyCheckParam>;
  status: ComputerToolCallStatus;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ComputerToolCall as it is sent on the wire. */
export type ComputerToolCall$Outbound = {
  type: ComputerToolCallType;
  id: string;
  call_id: string;
  action?: ComputerAction$Outbound | undefined;
  actions?: ComputerActionList$Outbound | undefined;
  pending_safety_checks: Array<ComputerCallSafetyCheckParam$Outbound>;
  status: ComputerToolCallStatus;
  [k: string]: unknown;
};

export const ComputerToolCall$inboundSchema: z.ZodType<ComputerToolCall, unknown> = objectInbound<ComputerToolCall>(
  {
    type: ["type", ComputerToolCallType$inboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    action: ["action", ComputerAction$inboundSchema.optional()],
    actions: ["actions", ComputerActionList$inboundSchema.optional()],
    pendingSafetyChecks: ["pending_safety_checks", z.array(ComputerCallSafetyCheckParam$inboundSchema)],
    status: ["status", ComputerToolCallStatus$inboundSchema],
  },
);

export const ComputerToolCall$outboundSchema: z.ZodType<ComputerToolCall$Outbound, ComputerToolCall> = objectOutbound<ComputerToolCall, ComputerToolCall$Outbound>(
  {
    type: ["type", ComputerToolCallType$outboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    action: ["action", ComputerAction$outboundSchema.optional()],
    actions: ["actions", ComputerActionList$outboundSchema.optional()],
    pendingSafetyChecks: ["pending_safety_checks", z.array(ComputerCallSafetyCheckParam$outboundSchema)],
    status: ["status", ComputerToolCallStatus$outboundSchema],
  },
);

export function computerToolCallToJSON(value: ComputerToolCall): string {
  return stringifyJSON(value, ComputerToolCall$outboundSchema, "ComputerToolCall");
}

export function computerToolCallFromJSON(
  jsonString: string,
): SafeParseResult<ComputerToolCall, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerToolCall$inboundSchema, "ComputerToolCall");
}
