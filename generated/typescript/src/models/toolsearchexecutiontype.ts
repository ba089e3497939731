// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ToolSearchExecutionType = {
  Server: "server",
  Client: "client",
} as const;
export type ToolSearchExecutionType = ClosedEnum<typeof ToolSearchExecutionType>;

export const ToolSearchExecutionType$inboundSchema: z.ZodType<ToolSearchExecutionType, unknown> = enumSchema(ToolSearchExecutionType);

export const ToolSearchExecutionType$outboundSchema: z.ZodType<ToolSearchExecutionType, ToolSearchExecutionType> = enumSchema(ToolSearchExecutionType);

export function toolSearchExecutionTypeToJSON(value: ToolSearchExecutionType): string {
  return stringifyJSON(value, ToolSearchExecutionType$outboundSchema, "ToolSearchExecutionType");
}

export function toolSearchExecutionTypeFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchExecutionType, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchExecutionType$inboundSchema, "ToolSearchExecutionType");
}
