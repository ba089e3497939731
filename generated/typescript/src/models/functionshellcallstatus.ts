// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const FunctionShellCallStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type FunctionShellCallStatus = ClosedEnum<typeof FunctionShellCallStatus>;

export const FunctionShellCallStatus$inboundSchema: z.ZodType<FunctionShellCallStatus, unknown> = enumSchema(FunctionShellCallStatus);

export const FunctionShellCallStatus$outboundSchema: z.ZodType<FunctionShellCallStatus, FunctionShellCallStatus> = enumSchema(FunctionShellCallStatus);

export function functionShellCallStatusToJSON(value: FunctionShellCallStatus): string {
  return stringifyJSON(value, FunctionShellCallStatus$outboundSchema, "FunctionShellCallStatus");
}

export function functionShellCallStatusFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallStatus, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallStatus$inboundSchema, "FunctionShellCallStatus");
}
