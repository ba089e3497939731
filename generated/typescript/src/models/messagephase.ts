// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const MessagePhase = {
  Commentary: "commentary",
  FinalAnswer: "final_answer",
} as const;
export type MessagePhase = ClosedEnum<typeof MessagePhase>;

export const MessagePhase$inboundSchema: z.ZodType<MessagePhase, unknown> = enumSchema(MessagePhase);

export const MessagePhase$outboundSchema: z.ZodType<MessagePhase, MessagePhase> = enumSchema(MessagePhase);

export function messagePhaseToJSON(value: MessagePhase): string {
  return stringifyJSON(value, MessagePhase$outboundSchema, "MessagePhase");
}

export function messagePhaseFromJSON(
  jsonString: string,
): SafeParseResult<MessagePhase, SDKValidationError> {
  return safeParseJSON(jsonString, MessagePhase$inboundSchema, "MessagePhase");
}
