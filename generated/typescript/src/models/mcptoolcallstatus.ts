// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const MCPToolCallStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
  Calling: "calling",
  Failed: "failed",
} as const;
export type MCPToolCallStatus = ClosedEnum<typeof MCPToolCallStatus>;

export const MCPToolCallStatus$inboundSchema: z.ZodType<MCPToolCallStatus, unknown> = enumSchema(MCPToolCallStatus);

export const MCPToolCallStatus$outboundSchema: z.ZodType<MCPToolCallStatus, MCPToolCallStatus> = enumSchema(MCPToolCallStatus);

export function mcpToolCallStatusToJSON(value: MCPToolCallStatus): string {
  return stringifyJSON(value, MCPToolCallStatus$outboundSchema, "MCPToolCallStatus");
}

export function mcpToolCallStatusFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolCallStatus, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolCallStatus$inboundSchema, "MCPToolCallStatus");
}
