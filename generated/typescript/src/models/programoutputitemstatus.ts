// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ProgramOutputItemStatus = {
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type ProgramOutputItemStatus = ClosedEnum<typeof ProgramOutputItemStatus>;

export const ProgramOutputItemStatus$inboundSchema: z.ZodType<ProgramOutputItemStatus, unknown> = enumSchema(ProgramOutputItemStatus);

export const ProgramOutputItemStatus$outboundSchema: z.ZodType<ProgramOutputItemStatus, ProgramOutputItemStatus> = enumSchema(ProgramOutputItemStatus);

export function programOutputItemStatusToJSON(value: ProgramOutputItemStatus): string {
  return stringifyJSON(value, ProgramOutputItemStatus$outboundSchema, "ProgramOutputItemStatus");
}

export function programOutputItemStatusFromJSON(
  jsonString: string,
): SafeParseResult<ProgramOutputItemStatus, SDKValidationError> {
  return safeParseJSON(jsonString, ProgramOutputItemStatus$inboundSchema, "ProgramOutputItemStatus");
}
