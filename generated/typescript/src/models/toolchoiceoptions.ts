// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ToolChoiceOptions = {
  None: "none",
  Auto: "auto",
  Required: "required",
} as const;
export type ToolChoiceOptions = ClosedEnum<typeof ToolChoiceOptions>;

export const ToolChoiceOptions$inboundSchema: z.ZodType<ToolChoiceOptions, unknown> = enumSchema(ToolChoiceOptions);

export const ToolChoiceOptions$outboundSchema: z.ZodType<ToolChoiceOptions, ToolChoiceOptions> = enumSchema(ToolChoiceOptions);

export function toolChoiceOptionsToJSON(value: ToolChoiceOptions): string {
  return stringifyJSON(value, ToolChoiceOptions$outboundSchema, "ToolChoiceOptions");
}

export function toolChoiceOptionsFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceOptions, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceOptions$inboundSchema, "ToolChoiceOptions");
}
