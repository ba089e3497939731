// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const FunctionCallOutputStatusEnum = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type FunctionCallOutputStatusEnum = ClosedEnum<typeof FunctionCallOutputStatusEnum>;

export const FunctionCallOutputStatusEnum$inboundSchema: z.ZodType<FunctionCallOutputStatusEnum, unknown> = enumSchema(FunctionCallOutputStatusEnum);

export const FunctionCallOutputStatusEnum$outboundSchema: z.ZodType<FunctionCallOutputStatusEnum, FunctionCallOutputStatusEnum> = enumSchema(FunctionCallOutputStatusEnum);

export function functionCallOutputStatusEnumToJSON(value: FunctionCallOutputStatusEnum): string {
  return stringifyJSON(value, FunctionCallOutputStatusEnum$outboundSchema, "FunctionCallOutputStatusEnum");
}

export function functionCallOutputStatusEnumFromJSON(
  jsonString: string,
): SafeParseResult<FunctionCallOutputStatusEnum, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionCallOutputStatusEnum$inboundSchema, "FunctionCallOutputStatusEnum");
}
