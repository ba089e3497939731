// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const PromptCacheTTLEnum = {
  Thirtym: "30m",
} as const;
export type PromptCacheTTLEnum = ClosedEnum<typeof PromptCacheTTLEnum>;

export const PromptCacheTTLEnum$inboundSchema: z.ZodType<PromptCacheTTLEnum, unknown> = enumSchema(PromptCacheTTLEnum);

export const PromptCacheTTLEnum$outboundSchema: z.ZodType<PromptCacheTTLEnum, PromptCacheTTLEnum> = enumSchema(PromptCacheTTLEnum);

export function promptCacheTTLEnumToJSON(value: PromptCacheTTLEnum): string {
  return stringifyJSON(value, PromptCacheTTLEnum$outboundSchema, "PromptCacheTTLEnum");
}

export function promptCacheTTLEnumFromJSON(
  jsonString: string,
): SafeParseResult<PromptCacheTTLEnum, SDKValidationError> {
  return safeParseJSON(jsonString, PromptCacheTTLEnum$inboundSchema, "PromptCacheTTLEnum");
}
