// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ComputerCallOutputStatus = {
  Completed: "completed",
  Incomplete: "incomplete",
  Failed: "failed",
} as const;
export type ComputerCallOutputStatus = ClosedEnum<typeof ComputerCallOutputStatus>;

export const ComputerCallOutputStatus$inboundSchema: z.ZodType<ComputerCallOutputStatus, unknown> = enumSchema(ComputerCallOutputStatus);

export const ComputerCallOutputStatus$outboundSchema: z.ZodType<ComputerCallOutputStatus, ComputerCallOutputStatus> = enumSchema(ComputerCallOutputStatus);

export function computerCallOutputStatusToJSON(value: ComputerCallOutputStatus): string {
  return stringifyJSON(value, ComputerCallOutputStatus$outboundSchema, "ComputerCallOutputStatus");
}

export function computerCallOutputStatusFromJSON(
  jsonString: string,
): SafeParseResult<ComputerCallOutputStatus, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerCallOutputStatus$inboundSchema, "ComputerCallOutputStatus");
}
