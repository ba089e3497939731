// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const SearchContextSize = {
  Low: "low",
  Medium: "medium",
  High: "high",
} as const;
export type SearchContextSize = ClosedEnum<typeof SearchContextSize>;

export const SearchContextSize$inboundSchema: z.ZodType<SearchContextSize, unknown> = enumSchema(SearchContextSize);

export const SearchContextSize$outboundSchema: z.ZodType<SearchContextSize, SearchContextSize> = enumSchema(SearchContextSize);

export function searchContextSizeToJSON(value: SearchContextSize): string {
  return stringifyJSON(value, SearchContextSize$outboundSchema, "SearchContextSize");
}

export function searchContextSizeFromJSON(
  jsonString: string,
): SafeParseResult<SearchContextSize, SDKValidationError> {
  return safeParseJSON(jsonString, SearchContextSize$inboundSchema, "SearchContextSize");
}
