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
  InputMessageContentList$inboundSchema,
  InputMessageContentList$outboundSchema,
  type InputMessageContentList,
  type InputMessageContentList$Outbound,
} from "./inputmessagecontentlist.js";

export const InputMessageType = {
  Message: "message",
} as const;
export type InputMessageType = ClosedEnum<typeof InputMessageType>;

export const InputMessageType$inboundSchema: z.ZodType<InputMessageType, unknown> = enumSchema(InputMessageType);

export const InputMessageType$outboundSchema: z.ZodType<InputMessageType, InputMessageType> = enumSchema(InputMessageType);

export function inputMessageTypeToJSON(value: InputMessageType): string {
  return stringifyJSON(value, InputMessageType$outboundSchema, "InputMessageType");
}

export function inputMessageTypeFromJSON(
  jsonString: string,
): SafeParseResult<InputMessageType, SDKValidationError> {
  return safeParseJSON(jsonString, InputMessageType$inboundSchema, "InputMessageType");
}

export const InputMessageRole = {
  User: "user",
  System: "system",
  Developer: "developer",
} as const;
export type InputMessageRole = ClosedEnum<typeof InputMessageRole>;

export const InputMessageRole$inboundSchema: z.ZodType<InputMessageRole, unknown> = enumSchema(InputMessageRole);

export const InputMessageRole$outboundSchema: z.ZodType<InputMessageRole, InputMessageRole> = enumSchema(InputMessageRole);

export function inputMessageRoleToJSON(value: InputMessageRole): string {
  return stringifyJSON(value, InputMessageRole$outboundSchema, "InputMessageRole");
}

export function inputMessageRoleFromJSON(
  jsonString: string,
): SafeParseResult<InputMessageRole, SDKValidationError> {
  return safeParseJSON(jsonString, InputMessageRole$inboundSchema, "InputMessageRole");
}

export const InputMessageStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type InputMessageStatus = ClosedEnum<typeof InputMessageStatus>;

export const InputMessageStatus$inboundSchema: z.ZodType<InputMessageStatus, unknown> = enumSchema(InputMessageStatus);

export const InputMessageStatus$outboundSchema: z.ZodType<InputMessageStatus, InputMessageStatus> = enumSchema(InputMessageStatus);

export function inputMessageStatusToJSON(value: InputMessageStatus): string {
  return stringifyJSON(value, InputMessageStatus$outboundSchema, "InputMessageStatus");
}

export function inputMessageStatusFromJSON(
  jsonString: string,
): SafeParseResult<InputMessageStatus, SDKValidationError> {
  return safeParseJSON(jsonString, InputMessageStatus$inboundSchema, "InputMessageStatus");
}

export type InputMessage = {
  type?: InputMessageType | undefined;
  role: InputMessageRole;
  status?: InputMessageStatus | undefined;
  content: InputMessageContentList;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** InputMessage as it is sent on the wire. */
export type InputMessage$Outbound = {
  type?: InputMessageType | undefined;
  role: InputMessageRole;
  status?: InputMessageStatus | undefined;
  content: InputMessageContentList$Outbound;
  [k: string]: unknown;
};

export const InputMessage$inboundSchema: z.ZodType<InputMessage, unknown> = objectInbound<InputMessage>(
  {
    type: ["type", InputMessageType$inboundSchema.optional()],
    role: ["role", InputMessageRole$inboundSchema],
    status: ["status", InputMessageStatus$inboundSchema.optional()],
    content: ["content", InputMessageContentList$inboundSchema],
  },
);

export const InputMessage$outboundSchema: z.ZodType<InputMessage$Outbound, InputMessage> = objectOutbound<InputMessage, InputMessage$Outbound>(
  {
    type: ["type", InputMessageType$outboundSchema.optional()],
    role: ["role", InputMessageRole$outboundSchema],
    status: ["status", InputMessageStatus$outboundSchema.optional()],
    content: ["content", InputMessageContentList$outboundSchema],
  },
);

export function inputMessageToJSON(value: InputMessage): string {
  return stringifyJSON(value, InputMessage$outboundSchema, "InputMessage");
}

export function inputMessageFromJSON(
  jsonString: string,
): SafeParseResult<InputMessage, SDKValidationError> {
  return safeParseJSON(jsonString, InputMessage$inboundSchema, "InputMessage");
}
