// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const FunctionShellCallItemStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type FunctionShellCallItemStatus = ClosedEnum<typeof FunctionShellCallItemStatus>;

export const FunctionShellCallItemStatus$inboundSchema: z.ZodType<FunctionShellCallItemStatus, unknown> = enumSchema(FunctionShellCallItemStatus);

export const FunctionShellCallItemStatus$outboundSchema: z.ZodType<FunctionShellCallItemStatus, FunctionShellCallItemStatus> = enumSchema(FunctionShellCallItemStatus);

export function functionShellCallItemStatusToJSON(value: FunctionShellCallItemStatus): string {
  return stringifyJSON(value, FunctionShellCallItemStatus$outboundSchema, "FunctionShellCallItemStatus");
}

export function functionShellCallItemStatusFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallItemStatus, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallItemStatus$inboundSchema, "FunctionShellCallItemStatus");
}
