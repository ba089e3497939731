// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const FunctionCallStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type FunctionCallStatus = ClosedEnum<typeof FunctionCallStatus>;

export const FunctionCallStatus$inboundSchema: z.ZodType<FunctionCallStatus, unknown> = enumSchema(FunctionCallStatus);

export const FunctionCallStatus$outboundSchema: z.ZodType<FunctionCallStatus, FunctionCallStatus> = enumSchema(FunctionCallStatus);

export function functionCallStatusToJSON(value: FunctionCallStatus): string {
  return stringifyJSON(value, FunctionCallStatus$outboundSchema, "FunctionCallStatus");
}

export function functionCallStatusFromJSON(
  jsonString: string,
): SafeParseResult<FunctionCallStatus, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionCallStatus$inboundSchema, "FunctionCallStatus");
}
