// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const CallableToolAllowedCaller = {
  Direct: "direct",
  Programmatic: "programmatic",
} as const;
export type CallableToolAllowedCaller = ClosedEnum<typeof CallableToolAllowedCaller>;

export const CallableToolAllowedCaller$inboundSchema: z.ZodType<CallableToolAllowedCaller, unknown> = enumSchema(CallableToolAllowedCaller);

export const CallableToolAllowedCaller$outboundSchema: z.ZodType<CallableToolAllowedCaller, CallableToolAllowedCaller> = enumSchema(CallableToolAllowedCaller);

export function callableToolAllowedCallerToJSON(value: CallableToolAllowedCaller): string {
  return stringifyJSON(value, CallableToolAllowedCaller$outboundSchema, "CallableToolAllowedCaller");
}

export function callableToolAllowedCallerFromJSON(
  jsonString: string,
): SafeParseResult<CallableToolAllowedCaller, SDKValidationError> {
  return safeParseJSON(jsonString, CallableToolAllowedCaller$inboundSchema, "CallableToolAllowedCaller");
}
