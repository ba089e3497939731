// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  enumSchema,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  GrammarSyntax1$inboundSchema,
  GrammarSyntax1$outboundSchema,
  type GrammarSyntax1,
} from "./grammarsyntax1.js";

export const CustomGrammarFormatParamType = {
  Grammar: "grammar",
} as const;
export type CustomGrammarFormatParamType = ClosedEnum<typeof CustomGrammarFormatParamType>;

export const CustomGrammarFormatParamType$inboundSchema: z.ZodType<CustomGrammarFormatParamType, unknown> = enumSchema(CustomGrammarFormatParamType);

export const CustomGrammarFormatParamType$outboundSchema: z.ZodType<CustomGrammarFormatParamType, CustomGrammarFormatParamType> = enumSchema(CustomGrammarFormatParamType);

export function customGrammarFormatParamTypeToJSON(value: CustomGrammarFormatParamType): string {
  return stringifyJSON(value, CustomGrammarFormatParamType$outboundSchema, "CustomGrammarFormatParamType");
}

export function customGrammarFormatParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<CustomGrammarFormatParamType, SDKValidationError> {
  return safeParseJSON(jsonString, CustomGrammarFormatParamType$inboundSchema, "CustomGrammarFormatParamType");
}

export type CustomGrammarFormatParam = {
  type: CustomGrammarFormatParamType;
  syntax: GrammarSyntax1;
  definition: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CustomGrammarFormatParam as it is sent on the wire. */
export type CustomGrammarFormatParam$Outbound = {
  type: CustomGrammarFormatParamType;
  syntax: GrammarSyntax1;
  definition: string;
  [k: string]: unknown;
};

export const CustomGrammarFormatParam$inboundSchema: z.ZodType<CustomGrammarFormatParam, unknown> = objectInbound<CustomGrammarFormatParam>(
  {
    type: ["type", CustomGrammarFormatParamType$inboundSchema],
    syntax: ["syntax", GrammarSyntax1$inboundSchema],
    definition: ["definition", z.string()],
  },
);

export const CustomGrammarFormatParam$outboundSchema: z.ZodType<CustomGrammarFormatParam$Outbound, CustomGrammarFormatParam> = objectOutbound<CustomGrammarFormatParam, CustomGrammarFormatParam$Outbound>(
  {
    type: ["type", CustomGrammarFormatParamType$outboundSchema],
    syntax: ["syntax", GrammarSyntax1$outboundSchema],
    definition: ["definition", z.string()],
  },
);

export function customGrammarFormatParamToJSON(value: CustomGrammarFormatParam): string {
  return stringifyJSON(value, CustomGrammarFormatParam$outboundSchema, "CustomGrammarFormatParam");
}

export function customGrammarFormatParamFromJSON(
  jsonString: string,
): SafeParseResult<CustomGrammarFormatParam, SDKValidationError> {
  return safeParseJSON(jsonString, CustomGrammarFormatParam$inboundSchema, "CustomGrammarFormatParam");
}
