// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const InputFidelity = {
  High: "high",
  Low: "low",
} as const;
export type InputFidelity = ClosedEnum<typeof InputFidelity>;

export const InputFidelity$inboundSchema: z.ZodType<InputFidelity, unknown> = enumSchema(InputFidelity);

export const InputFidelity$outboundSchema: z.ZodType<InputFidelity, InputFidelity> = enumSchema(InputFidelity);

export function inputFidelityToJSON(value: InputFidelity): string {
  return stringifyJSON(value, InputFidelity$outboundSchema, "InputFidelity");
}

export function inputFidelityFromJSON(
  jsonString: string,
): SafeParseResult<InputFidelity, SDKValidationError> {
  return safeParseJSON(jsonString, InputFidelity$inboundSchema, "InputFidelity");
}
