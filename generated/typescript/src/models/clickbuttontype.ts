// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ClickButtonType = {
  Left: "left",
  Right: "right",
  Wheel: "wheel",
  Back: "back",
  Forward: "forward",
} as const;
export type ClickButtonType = ClosedEnum<typeof ClickButtonType>;

export const ClickButtonType$inboundSchema: z.ZodType<ClickButtonType, unknown> = enumSchema(ClickButtonType);

export const ClickButtonType$outboundSchema: z.ZodType<ClickButtonType, ClickButtonType> = enumSchema(ClickButtonType);

export function clickButtonTypeToJSON(value: ClickButtonType): string {
  return stringifyJSON(value, ClickButtonType$outboundSchema, "ClickButtonType");
}

export function clickButtonTypeFromJSON(
  jsonString: string,
): SafeParseResult<ClickButtonType, SDKValidationError> {
  return safeParseJSON(jsonString, ClickButtonType$inboundSchema, "ClickButtonType");
}
