// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const SearchContentType = {
  Text: "text",
  Image: "image",
} as const;
export type SearchContentType = ClosedEnum<typeof SearchContentType>;

export const SearchContentType$inboundSchema: z.ZodType<SearchContentType, unknown> = enumSchema(SearchContentType);

export const SearchContentType$outboundSchema: z.ZodType<SearchContentType, SearchContentType> = enumSchema(SearchContentType);

export function searchContentTypeToJSON(value: SearchContentType): string {
  return stringifyJSON(value, SearchContentType$outboundSchema, "SearchContentType");
}

export function searchContentTypeFromJSON(
  jsonString: string,
): SafeParseResult<SearchContentType, SDKValidationError> {
  return safeParseJSON(jsonString, SearchContentType$inboundSchema, "SearchContentType");
}
