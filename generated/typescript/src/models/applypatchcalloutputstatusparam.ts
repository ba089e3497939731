// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ApplyPatchCallOutputStatusParam = {
  Completed: "completed",
  Failed: "failed",
} as const;
export type ApplyPatchCallOutputStatusParam = ClosedEnum<typeof ApplyPatchCallOutputStatusParam>;

export const ApplyPatchCallOutputStatusParam$inboundSchema: z.ZodType<ApplyPatchCallOutputStatusParam, unknown> = enumSchema(ApplyPatchCallOutputStatusParam);

export const ApplyPatchCallOutputStatusParam$outboundSchema: z.ZodType<ApplyPatchCallOutputStatusParam, ApplyPatchCallOutputStatusParam> = enumSchema(ApplyPatchCallOutputStatusParam);

export function applyPatchCallOutputStatusParamToJSON(value: ApplyPatchCallOutputStatusParam): string {
  return stringifyJSON(value, ApplyPatchCallOutputStatusParam$outboundSchema, "ApplyPatchCallOutputStatusParam");
}

export function applyPatchCallOutputStatusParamFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchCallOutputStatusParam, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchCallOutputStatusParam$inboundSchema, "ApplyPatchCallOutputStatusParam");
}
