// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ProgramOutputStatus = {
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type ProgramOutputStatus = ClosedEnum<typeof ProgramOutputStatus>;

export const ProgramOutputStatus$inboundSchema: z.ZodType<ProgramOutputStatus, unknown> = enumSchema(ProgramOutputStatus);

export const ProgramOutputStatus$outboundSchema: z.ZodType<ProgramOutputStatus, ProgramOutputStatus> = enumSchema(ProgramOutputStatus);

export function programOutputStatusToJSON(value: ProgramOutputStatus): string {
  return stringifyJSON(value, ProgramOutputStatus$outboundSchema, "ProgramOutputStatus");
}

export function programOutputStatusFromJSON(
  jsonString: string,
): SafeParseResult<ProgramOutputStatus, SDKValidationError> {
  return safeParseJSON(jsonString, ProgramOutputStatus$inboundSchema, "ProgramOutputStatus");
}
