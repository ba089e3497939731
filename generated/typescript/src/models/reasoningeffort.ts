// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ReasoningEffort = {
  None: "none",
  Minimal: "minimal",
  Low: "low",
  Medium: "medium",
  High: "high",
  Xhigh: "xhigh",
  Max: "max",
} as const;
export type ReasoningEffort = ClosedEnum<typeof ReasoningEffort>;

export const ReasoningEffort$inboundSchema: z.ZodType<ReasoningEffort, unknown> = enumSchema(ReasoningEffort);

export const ReasoningEffort$outboundSchema: z.ZodType<ReasoningEffort, ReasoningEffort> = enumSchema(ReasoningEffort);

export function reasoningEffortToJSON(value: ReasoningEffort | null): string {
  return stringifyJSON(value, ReasoningEffort$outboundSchema.nullable(), "ReasoningEffort");
}

export function reasoningEffortFromJSON(
  jsonString: string,
): SafeParseResult<ReasoningEffort | null, SDKValidationError> {
  return safeParseJSON(jsonString, ReasoningEffort$inboundSchema.nullable(), "ReasoningEffort");
}
