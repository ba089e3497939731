// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ComputerEnvironment = {
  Windows: "windows",
  Mac: "mac",
  Linux: "linux",
  Ubuntu: "ubuntu",
  Browser: "browser",
} as const;
export type ComputerEnvironment = ClosedEnum<typeof ComputerEnvironment>;

export const ComputerEnvironment$inboundSchema: z.ZodType<ComputerEnvironment, unknown> = enumSchema(ComputerEnvironment);

export const ComputerEnvironment$outboundSchema: z.ZodType<ComputerEnvironment, ComputerEnvironment> = enumSchema(ComputerEnvironment);

export function computerEnvironmentToJSON(value: ComputerEnvironment): string {
  return stringifyJSON(value, ComputerEnvironment$outboundSchema, "ComputerEnvironment");
}

export function computerEnvironmentFromJSON(
  jsonString: string,
): SafeParseResult<ComputerEnvironment, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerEnvironment$inboundSchema, "ComputerEnvironment");
}
