// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ApplyPatchCallStatusParam = {
  InProgress: "in_progress",
  Completed: "completed",
} as const;
export type ApplyPatchCallStatusParam = ClosedEnum<typeof ApplyPatchCallStatusParam>;

export const ApplyPatchCallStatusParam$inboundSchema: z.ZodType<ApplyPatchCallStatusParam, unknown> = enumSchema(ApplyPatchCallStatusParam);

export const ApplyPatchCallStatusParam$outboundSchema: z.ZodType<ApplyPatchCallStatusParam, ApplyPatchCallStatusParam> = enumSchema(ApplyPatchCallStatusParam);

export function applyPatchCallStatusParamToJSON(value: ApplyPatchCallStatusParam): string {
  return stringifyJSON(value, ApplyPatchCallStatusParam$outboundSchema, "ApplyPatchCallStatusParam");
}

export function applyPatchCallStatusParamFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchCallStatusParam, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchCallStatusParam$inboundSchema, "ApplyPatchCallStatusParam");
}
