// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const Verbosity = {
  Low: "low",
  Medium: "medium",
  High: "high",
} as const;
export type Verbosity = ClosedEnum<typeof Verbosity>;

export const Verbosity$inboundSchema: z.ZodType<Verbosity, unknown> = enumSchema(Verbosity);

export const Verbosity$outboundSchema: z.ZodType<Verbosity, Verbosity> = enumSchema(Verbosity);

export function verbosityToJSON(value: Verbosity | null): string {
  return stringifyJSON(value, Verbosity$outboundSchema.nullable(), "Verbosity");
}

export function verbosityFromJSON(
  jsonString: string,
): SafeParseResult<Verbosity | null, SDKValidationError> {
  return safeParseJSON(jsonString, Verbosity$inboundSchema.nullable(), "Verbosity");
}
