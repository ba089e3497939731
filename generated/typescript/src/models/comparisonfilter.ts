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
  untaggedUnionInbound,
  untaggedUnionOutbound,
} from "../lib/schemas.js";

export const ComparisonFilterType = {
  Eq: "eq",
  Ne: "ne",
  Gt: "gt",
  Gte: "gte",
  Lt: "lt",
  Lte: "lte",
  In: "in",
  Nin: "nin",
} as const;
export type ComparisonFilterType = ClosedEnum<typeof ComparisonFilterType>;

export const ComparisonFilterType$inboundSchema: z.ZodType<ComparisonFilterType, unknown> = enumSchema(ComparisonFilterType);

export const ComparisonFilterType$outboundSchema: z.ZodType<ComparisonFilterType, ComparisonFilterType> = enumSchema(ComparisonFilterType);

export function comparisonFilterTypeToJSON(value: ComparisonFilterType): string {
  return stringifyJSON(value, ComparisonFilterType$outboundSchema, "ComparisonFilterType");
}

export function comparisonFilterTypeFromJSON(
  jsonString: string,
): SafeParseResult<ComparisonFilterType, SDKValidationError> {
  return safeParseJSON(jsonString, ComparisonFilterType$inboundSchema, "ComparisonFilterType");
}

export type ComparisonFilterValueVariant4 =
  | string
  | number;

/** ComparisonFilterValueVariant4 as it is sent on the wire. */
export type ComparisonFilterValueVariant4$Outbound =
  | string
  | number;

/** Decodes a value as the first of these alternatives that accepts it. */
export const ComparisonFilterValueVariant4$inboundSchema: z.ZodType<ComparisonFilterValueVariant4, unknown> = untaggedUnionInbound(
  "ComparisonFilterValueVariant4",
  [
    z.string(),
    z.number(),
  ],
  "one of: a string, a number",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const ComparisonFilterValueVariant4$outboundSchema: z.ZodType<ComparisonFilterValueVariant4$Outbound, ComparisonFilterValueVariant4> = untaggedUnionOutbound(
  "ComparisonFilterValueVariant4",
  [
    z.string(),
    z.number(),
  ],
  "one of: a string, a number",
);

export function comparisonFilterValueVariant4ToJSON(value: ComparisonFilterValueVariant4): string {
  return stringifyJSON(value, ComparisonFilterValueVariant4$outboundSchema, "ComparisonFilterValueVariant4");
}

export function comparisonFilterValueVariant4FromJSON(
  jsonString: string,
): SafeParseResult<ComparisonFilterValueVariant4, SDKValidationError> {
  return safeParseJSON(jsonString, ComparisonFilterValueVariant4$inboundSchema, "ComparisonFilterValueVariant4");
}

export type ComparisonFilterValue =
  | string
  | number
  | boolean
  | Array<ComparisonFilterValueVariant4>;

/** ComparisonFilterValue as it is sent on the wire. */
export type ComparisonFilterValue$Outbound =
  | string
  | number
  | boolean
  | Array<ComparisonFilterValueVariant4$Outbound>;

/** Decodes a value as the first of these alternatives that accepts it. */
export const ComparisonFilterValue$inboundSchema: z.ZodType<ComparisonFilterValue, unknown> = untaggedUnionInbound(
  "ComparisonFilterValue",
  [
    z.string(),
    z.number(),
    z.boolean(),
    z.array(ComparisonFilterValueVariant4$inboundSchema),
  ],
  "one of: a string, a number, a boolean, an array of ComparisonFilterValueVariant4 values",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const ComparisonFilterValue$outboundSchema: z.ZodType<ComparisonFilterValue$Outbound, ComparisonFilterValue> = untaggedUnionOutbound(
  "ComparisonFilterValue",
  [
    z.string(),
    z.number(),
    z.boolean(),
    z.array(ComparisonFilterValueVariant4$outboundSchema),
  ],
  "one of: a string, a number, a boolean, an array of ComparisonFilterValueVariant4 values",
);

export function comparisonFilterValueToJSON(value: ComparisonFilterValue): string {
  return stringifyJSON(value, ComparisonFilterValue$outboundSchema, "ComparisonFilterValue");
}

export function comparisonFilterValueFromJSON(
  jsonString: string,
): SafeParseResult<ComparisonFilterValue, SDKValidationError> {
  return safeParseJSON(jsonString, ComparisonFilterValue$inboundSchema, "ComparisonFilterValue");
}

export type ComparisonFilter = {
  type: ComparisonFilterType;
  key: string;
  value: ComparisonFilterValue;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ComparisonFilter as it is sent on the wire. */
export type ComparisonFilter$Outbound = {
  type: ComparisonFilterType;
  key: string;
  value: ComparisonFilterValue$Outbound;
  [k: string]: unknown;
};

export const ComparisonFilter$inboundSchema: z.ZodType<ComparisonFilter, unknown> = objectInbound<ComparisonFilter>(
  {
    type: ["type", ComparisonFilterType$inboundSchema],
    key: ["key", z.string()],
    value: ["value", ComparisonFilterValue$inboundSchema],
  },
  true,
);

export const ComparisonFilter$outboundSchema: z.ZodType<ComparisonFilter$Outbound, ComparisonFilter> = objectOutbound<ComparisonFilter, ComparisonFilter$Outbound>(
  {
    type: ["type", ComparisonFilterType$outboundSchema],
    key: ["key", z.string()],
    value: ["value", ComparisonFilterValue$outboundSchema],
  },
);

export function comparisonFilterToJSON(value: ComparisonFilter): string {
  return stringifyJSON(value, ComparisonFilter$outboundSchema, "ComparisonFilter");
}

export function comparisonFilterFromJSON(
  jsonString: string,
): SafeParseResult<ComparisonFilter, SDKValidationError> {
  return safeParseJSON(jsonString, ComparisonFilter$inboundSchema, "ComparisonFilter");
}
