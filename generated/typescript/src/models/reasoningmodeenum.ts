// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum, OpenEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type ReasoningModeEnum = OpenEnum<typeof ReasoningModeEnumKnown>;

/** ReasoningModeEnum as it is sent on the wire. */
export type ReasoningModeEnum$Outbound = string;

export const ReasoningModeEnum$inboundSchema: z.ZodType<ReasoningModeEnum, unknown> = z.string();

export const ReasoningModeEnum$outboundSchema: z.ZodType<ReasoningModeEnum$Outbound, ReasoningModeEnum> = z.string();

export function reasoningModeEnumToJSON(value: ReasoningModeEnum): string {
  return stringifyJSON(value, ReasoningModeEnum$outboundSchema, "ReasoningModeEnum");
}

export function reasoningModeEnumFromJSON(
  jsonString: string,
): SafeParseResult<ReasoningModeEnum, SDKValidationError> {
  return safeParseJSON(jsonString, ReasoningModeEnum$inboundSchema, "ReasoningModeEnum");
}

export const ReasoningModeEnumKnown = {
  Standard: "standard",
  Pro: "pro",
} as const;
export type ReasoningModeEnumKnown = ClosedEnum<typeof ReasoningModeEnumKnown>;

export const ReasoningModeEnumKnown$inboundSchema: z.ZodType<ReasoningModeEnumKnown, unknown> = enumSchema(ReasoningModeEnumKnown);

export const ReasoningModeEnumKnown$outboundSchema: z.ZodType<ReasoningModeEnumKnown, ReasoningModeEnumKnown> = enumSchema(ReasoningModeEnumKnown);

export function reasoningModeEnumKnownToJSON(value: ReasoningModeEnumKnown): string {
  return stringifyJSON(value, ReasoningModeEnumKnown$outboundSchema, "ReasoningModeEnumKnown");
}

export function reasoningModeEnumKnownFromJSON(
  jsonString: string,
): SafeParseResult<ReasoningModeEnumKnown, SDKValidationError> {
  return safeParseJSON(jsonString, ReasoningModeEnumKnown$inboundSchema, "ReasoningModeEnumKnown");
}
