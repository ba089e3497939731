// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ApplyPatchCallOutputStatus = {
  Completed: "completed",
  Failed: "failed",
} as const;
export type ApplyPatchCallOutputStatus = ClosedEnum<typeof ApplyPatchCallOutputStatus>;

export const ApplyPatchCallOutputStatus$inboundSchema: z.ZodType<ApplyPatchCallOutputStatus, unknown> = enumSchema(ApplyPatchCallOutputStatus);

export const ApplyPatchCallOutputStatus$outboundSchema: z.ZodType<ApplyPatchCallOutputStatus, ApplyPatchCallOutputStatus> = enumSchema(ApplyPatchCallOutputStatus);

export function applyPatchCallOutputStatusToJSON(value: ApplyPatchCallOutputStatus): string {
  return stringifyJSON(value, ApplyPatchCallOutputStatus$outboundSchema, "ApplyPatchCallOutputStatus");
}

export function applyPatchCallOutputStatusFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchCallOutputStatus, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchCallOutputStatus$inboundSchema, "ApplyPatchCallOutputStatus");
}
