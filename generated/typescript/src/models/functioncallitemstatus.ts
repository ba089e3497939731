// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const FunctionCallItemStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type FunctionCallItemStatus = ClosedEnum<typeof FunctionCallItemStatus>;

export const FunctionCallItemStatus$inboundSchema: z.ZodType<FunctionCallItemStatus, unknown> = enumSchema(FunctionCallItemStatus);

export const FunctionCallItemStatus$outboundSchema: z.ZodType<FunctionCallItemStatus, FunctionCallItemStatus> = enumSchema(FunctionCallItemStatus);

export function functionCallItemStatusToJSON(value: FunctionCallItemStatus): string {
  return stringifyJSON(value, FunctionCallItemStatus$outboundSchema, "FunctionCallItemStatus");
}

export function functionCallItemStatusFromJSON(
  jsonString: string,
): SafeParseResult<FunctionCallItemStatus, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionCallItemStatus$inboundSchema, "FunctionCallItemStatus");
}
