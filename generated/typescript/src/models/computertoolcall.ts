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

export const ComputerToolCall$inboundSchema: z.ZodType<ComputerToolCall, unknown> = objectInbound(
  {
    type: ComputerToolCallType$inboundSchema,
    id: z.string(),
    call_id: z.string(),
    action: ComputerAction$inboundSchema.optional(),
    actions: ComputerActionList$inboundSchema.optional(),
    pending_safety_checks: z.array(ComputerCallSafetyCheckParam$inboundSchema),
    status: ComputerToolCallStatus$inboundSchema,
  },
  (v) => ({
    type: v.type,
    id: v.id,
    callId: v.call_id,
    ...(v.action === undefined ? {} : { action: v.action }),
    ...(v.actions === undefined ? {} : { actions: v.actions }),
    pendingSafetyChecks: v.pending_safety_checks,
    status: v.status,
    ...collectAdditionalProperties(v, ["type", "id", "call_id", "action", "actions", "pending_safety_checks", "status"]),
  }),
);

export const ComputerToolCall$outboundSchema: z.ZodType<ComputerToolCall$Outbound, ComputerToolCall> = objectOutbound(
  {
    type: ComputerToolCallType$outboundSchema,
    id: z.string(),
    callId: z.string(),
    action: ComputerAction$outboundSchema.optional(),
    actions: ComputerActionList$outboundSchema.optional(),
    pendingSafetyChecks: z.array(ComputerCallSafetyCheckParam$outboundSchema),
    status: ComputerToolCallStatus$outboundSchema,
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    call_id: v.callId,
    ...(v.action === undefined ? {} : { action: v.action }),
    ...(v.actions === undefined ? {} : { actions: v.actions }),
    pending_safety_checks: v.pendingSafetyChecks,
    status: v.status,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "id", "call_id", "action", "actions", "pending_safety_checks", "status"]),
  }),
);

export function computerToolCallToJSON(value: ComputerToolCall): string {
  return stringifyJSON(value, ComputerToolCall$outboundSchema, "ComputerToolCall");
}

export function computerToolCallFromJSON(
  jsonString: string,
): SafeParseResult<ComputerToolCall, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerToolCall$inboundSchema, "ComputerToolCall");
}
