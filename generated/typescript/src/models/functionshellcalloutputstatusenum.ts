// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const FunctionShellCallOutputStatusEnum = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type FunctionShellCallOutputStatusEnum = ClosedEnum<typeof FunctionShellCallOutputStatusEnum>;

export const FunctionShellCallOutputStatusEnum$inboundSchema: z.ZodType<FunctionShellCallOutputStatusEnum, unknown> = enumSchema(FunctionShellCallOutputStatusEnum);

export const FunctionShellCallOutputStatusEnum$outboundSchema: z.ZodType<FunctionShellCallOutputStatusEnum, FunctionShellCallOutputStatusEnum> = enumSchema(FunctionShellCallOutputStatusEnum);

export function functionShellCallOutputStatusEnumToJSON(value: FunctionShellCallOutputStatusEnum): string {
  return stringifyJSON(value, FunctionShellCallOutputStatusEnum$outboundSchema, "FunctionShellCallOutputStatusEnum");
}

export function functionShellCallOutputStatusEnumFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputStatusEnum, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputStatusEnum$inboundSchema, "FunctionShellCallOutputStatusEnum");
}
