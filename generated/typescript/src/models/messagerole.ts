// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const MessageRole = {
  Unknown: "unknown",
  User: "user",
  Assistant: "assistant",
  System: "system",
  Critic: "critic",
  Discriminator: "discriminator",
  Developer: "developer",
  Tool: "tool",
} as const;
export type MessageRole = ClosedEnum<typeof MessageRole>;

export const MessageRole$inboundSchema: z.ZodType<MessageRole, unknown> = enumSchema(MessageRole);

export const MessageRole$outboundSchema: z.ZodType<MessageRole, MessageRole> = enumSchema(MessageRole);

export function messageRoleToJSON(value: MessageRole): string {
  return stringifyJSON(value, MessageRole$outboundSchema, "MessageRole");
}

export function messageRoleFromJSON(
  jsonString: string,
): SafeParseResult<MessageRole, SDKValidationError> {
  return safeParseJSON(jsonString, MessageRole$inboundSchema, "MessageRole");
}
