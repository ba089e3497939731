// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const DetailEnum = {
  Low: "low",
  High: "high",
  Auto: "auto",
  Original: "original",
} as const;
export type DetailEnum = ClosedEnum<typeof DetailEnum>;

export const DetailEnum$inboundSchema: z.ZodType<DetailEnum, unknown> = enumSchema(DetailEnum);

export const DetailEnum$outboundSchema: z.ZodType<DetailEnum, DetailEnum> = enumSchema(DetailEnum);

export function detailEnumToJSON(value: DetailEnum): string {
  return stringifyJSON(value, DetailEnum$outboundSchema, "DetailEnum");
}

export function detailEnumFromJSON(
  jsonString: string,
): SafeParseResult<DetailEnum, SDKValidationError> {
  return safeParseJSON(jsonString, DetailEnum$inboundSchema, "DetailEnum");
}
