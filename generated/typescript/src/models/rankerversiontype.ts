// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const RankerVersionType = {
  Auto: "auto",
  Default20241115: "default-2024-11-15",
} as const;
export type RankerVersionType = ClosedEnum<typeof RankerVersionType>;

export const RankerVersionType$inboundSchema: z.ZodType<RankerVersionType, unknown> = enumSchema(RankerVersionType);

export const RankerVersionType$outboundSchema: z.ZodType<RankerVersionType, RankerVersionType> = enumSchema(RankerVersionType);

export function rankerVersionTypeToJSON(value: RankerVersionType): string {
  return stringifyJSON(value, RankerVersionType$outboundSchema, "RankerVersionType");
}

export function rankerVersionTypeFromJSON(
  jsonString: string,
): SafeParseResult<RankerVersionType, SDKValidationError> {
  return safeParseJSON(jsonString, RankerVersionType$inboundSchema, "RankerVersionType");
}
