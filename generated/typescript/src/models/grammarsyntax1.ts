// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const GrammarSyntax1 = {
  Lark: "lark",
  Regex: "regex",
} as const;
export type GrammarSyntax1 = ClosedEnum<typeof GrammarSyntax1>;

export const GrammarSyntax1$inboundSchema: z.ZodType<GrammarSyntax1, unknown> = enumSchema(GrammarSyntax1);

export const GrammarSyntax1$outboundSchema: z.ZodType<GrammarSyntax1, GrammarSyntax1> = enumSchema(GrammarSyntax1);

export function grammarSyntax1ToJSON(value: GrammarSyntax1): string {
  return stringifyJSON(value, GrammarSyntax1$outboundSchema, "GrammarSyntax1");
}

export function grammarSyntax1FromJSON(
  jsonString: string,
): SafeParseResult<GrammarSyntax1, SDKValidationError> {
  return safeParseJSON(jsonString, GrammarSyntax1$inboundSchema, "GrammarSyntax1");
}
