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
  MessagePhase$inboundSchema,
  MessagePhase$outboundSchema,
  type MessagePhase,
} from "./messagephase.js";
import {
  OutputMessageContent$inboundSchema,
  OutputMessageContent$outboundSchema,
  type OutputMessageContent,
  type OutputMessageContent$Outbound,
} from "./outputmessagecontent.js";

export const OutputMessageType = {
  Message: "message",
} as const;
export type OutputMessageType = ClosedEnum<typeof OutputMessageType>;

export const OutputMessageType$inboundSchema: z.ZodType<OutputMessageType, unknown> = enumSchema(OutputMessageType);

export const OutputMessageType$outboundSchema: z.ZodType<OutputMessageType, OutputMessageType> = enumSchema(OutputMessageType);

export function outputMessageTypeToJSON(value: OutputMessageType): string {
  return stringifyJSON(value, OutputMessageType$outboundSchema, "OutputMessageType");
}

export function outputMessageTypeFromJSON(
  jsonString: string,
): SafeParseResult<OutputMessageType, SDKValidationError> {
  return safeParseJSON(jsonString, OutputMessageType$inboundSchema, "OutputMessageType");
}

export const OutputMessageRole = {
  Assistant: "assistant",
} as const;
export type OutputMessageRole = ClosedEnum<typeof OutputMessageRole>;

export const OutputMessageRole$inboundSchema: z.ZodType<OutputMessageRole, unknown> = enumSchema(OutputMessageRole);

export const OutputMessageRole$outboundSchema: z.ZodType<OutputMessageRole, OutputMessageRole> = enumSchema(OutputMessageRole);

export function outputMessageRoleToJSON(value: OutputMessageRole): string {
  return stringifyJSON(value, OutputMessageRole$outboundSchema, "OutputMessageRole");
}

export function outputMessageRoleFromJSON(
  jsonString: string,
): SafeParseResult<OutputMessageRole, SDKValidationError> {
  return safeParseJSON(jsonString, OutputMessageRole$inboundSchema, "OutputMessageRole");
}

export const OutputMessageStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type OutputMessageStatus = ClosedEnum<typeof OutputMessageStatus>;

export const OutputMessageStatus$inboundSchema: z.ZodType<OutputMessageStatus, unknown> = enumSchema(OutputMessageStatus);

export const OutputMessageStatus$outboundSchema: z.ZodType<OutputMessageStatus, OutputMessageStatus> = enumSchema(OutputMessageStatus);

export function outputMessageStatusToJSON(value: OutputMessageStatus): string {
  return stringifyJSON(value, OutputMessageStatus$outboundSchema, "OutputMessageStatus");
}

export function outputMessageStatusFromJSON(
  jsonString: string,
): SafeParseResult<OutputMessageStatus, SDKValidationError> {
  return safeParseJSON(jsonString, OutputMessageStatus$inboundSchema, "OutputMessageStatus");
}

export type OutputMessage = {
  id: string;
  type: OutputMessageType;
  role: OutputMessageRole;
  content: Array<OutputMessageContent>;
  phase?: MessagePhase | null | undefined;
  status: OutputMessageStatus;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OutputMessage as it is sent on the wire. */
export type OutputMessage$Outbound = {
  id: string;
  type: OutputMessageType;
  role: OutputMessageRole;
  content: Array<OutputMessageContent$Outbound>;
  phase?: MessagePhase | null | undefined;
  status: OutputMessageStatus;
  [k: string]: unknown;
};

export const OutputMessage$inboundSchema: z.ZodType<OutputMessage, unknown> = objectInbound<OutputMessage>(
  {
    id: ["id", z.string()],
    type: ["type", OutputMessageType$inboundSchema],
    role: ["role", OutputMessageRole$inboundSchema],
    content: ["content", z.array(OutputMessageContent$inboundSchema)],
    phase: ["phase", MessagePhase$inboundSchema.nullable().optional()],
    status: ["status", OutputMessageStatus$inboundSchema],
  },
);

export const OutputMessage$outboundSchema: z.ZodType<OutputMessage$Outbound, OutputMessage> = objectOutbound<OutputMessage, OutputMessage$Outbound>(
  {
    id: ["id", z.string()],
    type: ["type", OutputMessageType$outboundSchema],
    role: ["role", OutputMessageRole$outboundSchema],
    content: ["content", z.array(OutputMessageContent$outboundSchema)],
    phase: ["phase", MessagePhase$outboundSchema.nullable().optional()],
    status: ["status", OutputMessageStatus$outboundSchema],
  },
);

export function outputMessageToJSON(value: OutputMessage): string {
  return stringifyJSON(value, OutputMessage$outboundSchema, "OutputMessage");
}

export function outputMessageFromJSON(
  jsonString: string,
): SafeParseResult<OutputMessage, SDKValidationError> {
  return safeParseJSON(jsonString, OutputMessage$inboundSchema, "OutputMessage");
}
