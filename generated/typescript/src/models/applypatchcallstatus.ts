// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ApplyPatchCallStatus = {
  InProgress: "in_progress",
  Completed: "completed",
} as const;
export type ApplyPatchCallStatus = ClosedEnum<typeof ApplyPatchCallStatus>;

export const ApplyPatchCallStatus$inboundSchema: z.ZodType<ApplyPatchCallStatus, unknown> = enumSchema(ApplyPatchCallStatus);

export const ApplyPatchCallStatus$outboundSchema: z.ZodType<ApplyPatchCallStatus, ApplyPatchCallStatus> = enumSchema(ApplyPatchCallStatus);

export function applyPatchCallStatusToJSON(value: ApplyPatchCallStatus): string {
  return stringifyJSON(value, ApplyPatchCallStatus$outboundSchema, "ApplyPatchCallStatus");
}

export function applyPatchCallStatusFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchCallStatus, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchCallStatus$inboundSchema, "ApplyPatchCallStatus");
}
