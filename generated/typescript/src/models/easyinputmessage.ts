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
  untaggedUnionInbound,
  untaggedUnionOutbound,
} from "../lib/schemas.js";
import {
  InputMessageContentList$inboundSchema,
  InputMessageContentList$outboundSchema,
  type InputMessageContentList,
  type InputMessageContentList$Outbound,
} from "./inputmessagecontentlist.js";
import {
  MessagePhase$inboundSchema,
  MessagePhase$outboundSchema,
  type MessagePhase,
} from "./messagephase.js";

export const EasyInputMessageRole = {
  User: "user",
  Assistant: "assistant",
  System: "system",
  Developer: "developer",
} as const;
export type EasyInputMessageRole = ClosedEnum<typeof EasyInputMessageRole>;

export const EasyInputMessageRole$inboundSchema: z.ZodType<EasyInputMessageRole, unknown> = enumSchema(EasyInputMessageRole);

export const EasyInputMessageRole$outboundSchema: z.ZodType<EasyInputMessageRole, EasyInputMessageRole> = enumSchema(EasyInputMessageRole);

export function easyInputMessageRoleToJSON(value: EasyInputMessageRole): string {
  return stringifyJSON(value, EasyInputMessageRole$outboundSchema, "EasyInputMessageRole");
}

export function easyInputMessageRoleFromJSON(
  jsonString: string,
): SafeParseResult<EasyInputMessageRole, SDKValidationError> {
  return safeParseJSON(jsonString, EasyInputMessageRole$inboundSchema, "EasyInputMessageRole");
}

export type EasyInputMessageContent =
  | string
  | InputMessageContentList;

/** EasyInputMessageContent as it is sent on the wire. */
export type EasyInputMessageContent$Outbound =
  | string
  | InputMessageContentList$Outbound;

/** Decodes a value as the first of these alternatives that accepts it. */
export const EasyInputMessageContent$inboundSchema: z.ZodType<EasyInputMessageContent, unknown> = untaggedUnionInbound(
  "EasyInputMessageContent",
  [
    z.string(),
    InputMessageContentList$inboundSchema,
  ],
  "one of: a string, an array of InputContent objects",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const EasyInputMessageContent$outboundSchema: z.ZodType<EasyInputMessageContent$Outbound, EasyInputMessageContent> = untaggedUnionOutbound(
  "EasyInputMessageContent",
  [
    z.string(),
    InputMessageContentList$outboundSchema,
  ],
  "one of: a string, an array of InputContent objects",
);

export function easyInputMessageContentToJSON(value: EasyInputMessageContent): string {
  return stringifyJSON(value, EasyInputMessageContent$outboundSchema, "EasyInputMessageContent");
}

export function easyInputMessageContentFromJSON(
  jsonString: string,
): SafeParseResult<EasyInputMessageContent, SDKValidationError> {
  return safeParseJSON(jsonString, EasyInputMessageContent$inboundSchema, "EasyInputMessageContent");
}

export const EasyInputMessageType = {
  Message: "message",
} as const;
export type EasyInputMessageType = ClosedEnum<typeof EasyInputMessageType>;

export const EasyInputMessageType$inboundSchema: z.ZodType<EasyInputMessageType, unknown> = enumSchema(EasyInputMessageType);

export const EasyInputMessageType$outboundSchema: z.ZodType<EasyInputMessageType, EasyInputMessageType> = enumSchema(EasyInputMessageType);

export function easyInputMessageTypeToJSON(value: EasyInputMessageType): string {
  return stringifyJSON(value, EasyInputMessageType$outboundSchema, "EasyInputMessageType");
}

export function easyInputMessageTypeFromJSON(
  jsonString: string,
): SafeParseResult<EasyInputMessageType, SDKValidationError> {
  return safeParseJSON(jsonString, EasyInputMessageType$inboundSchema, "EasyInputMessageType");
}

export type EasyInputMessage = {
  role: EasyInputMessageRole;
  content: EasyInputMessageContent;
  phase?: MessagePhase | null | undefined;
  type?: EasyInputMessageType | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** EasyInputMessage as it is sent on the wire. */
export type EasyInputMessage$Outbound = {
  role: EasyInputMessageRole;
  content: EasyInputMessageContent$Outbound;
  phase?: MessagePhase | null | undefined;
  type?: EasyInputMessageType | undefined;
  [k: string]: unknown;
};

export const EasyInputMessage$inboundSchema: z.ZodType<EasyInputMessage, unknown> = objectInbound<EasyInputMessage>(
  {
    role: ["role", EasyInputMessageRole$inboundSchema],
    content: ["content", EasyInputMessageContent$inboundSchema],
    phase: ["phase", MessagePhase$inboundSchema.nullable().optional()],
    type: ["type", EasyInputMessageType$inboundSchema.optional()],
  },
);

export const EasyInputMessage$outboundSchema: z.ZodType<EasyInputMessage$Outbound, EasyInputMessage> = objectOutbound<EasyInputMessage, EasyInputMessage$Outbound>(
  {
    role: ["role", EasyInputMessageRole$outboundSchema],
    content: ["content", EasyInputMessageContent$outboundSchema],
    phase: ["phase", MessagePhase$outboundSchema.nullable().optional()],
    type: ["type", EasyInputMessageType$outboundSchema.optional()],
  },
);

export function easyInputMessageToJSON(value: EasyInputMessage): string {
  return stringifyJSON(value, EasyInputMessage$outboundSchema, "EasyInputMessage");
}

export function easyInputMessageFromJSON(
  jsonString: string,
): SafeParseResult<EasyInputMessage, SDKValidationError> {
  return safeParseJSON(jsonString, EasyInputMessage$inboundSchema, "EasyInputMessage");
}
