// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const PromptCacheModeEnum = {
  Implicit: "implicit",
  Explicit: "explicit",
} as const;
export type PromptCacheModeEnum = ClosedEnum<typeof PromptCacheModeEnum>;

export const PromptCacheModeEnum$inboundSchema: z.ZodType<PromptCacheModeEnum, unknown> = enumSchema(PromptCacheModeEnum);

export const PromptCacheModeEnum$outboundSchema: z.ZodType<PromptCacheModeEnum, PromptCacheModeEnum> = enumSchema(PromptCacheModeEnum);

export function promptCacheModeEnumToJSON(value: PromptCacheModeEnum): string {
  return stringifyJSON(value, PromptCacheModeEnum$outboundSchema, "PromptCacheModeEnum");
}

export function promptCacheModeEnumFromJSON(
  jsonString: string,
): SafeParseResult<PromptCacheModeEnum, SDKValidationError> {
  return safeParseJSON(jsonString, PromptCacheModeEnum$inboundSchema, "PromptCacheModeEnum");
}
