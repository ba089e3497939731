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
import {
  ComparisonFilter$inboundSchema,
  ComparisonFilter$outboundSchema,
  type ComparisonFilter,
  type ComparisonFilter$Outbound,
} from "./comparisonfilter.js";

export const CompoundFilterType = {
  And: "and",
  Or: "or",
} as const;
export type CompoundFilterType = ClosedEnum<typeof CompoundFilterType>;

export const CompoundFilterType$inboundSchema: z.ZodType<CompoundFilterType, unknown> = enumSchema(CompoundFilterType);

export const CompoundFilterType$outboundSchema: z.ZodType<CompoundFilterType, CompoundFilterType> = enumSchema(CompoundFilterType);

export function compoundFilterTypeToJSON(value: CompoundFilterType): string {
  return stringifyJSON(value, CompoundFilterType$outboundSchema, "CompoundFilterType");
}

export function compoundFilterTypeFromJSON(
  jsonString: string,
): SafeParseResult<CompoundFilterType, SDKValidationError> {
  return safeParseJSON(jsonString, CompoundFilterType$inboundSchema, "CompoundFilterType");
}

export type CompoundFilter = {
  type: CompoundFilterType;
  filters: Array<CompoundFilterFilters>;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CompoundFilter as it is sent on the wire. */
export type CompoundFilter$Outbound = {
  type: CompoundFilterType;
  filters: Array<CompoundFilterFilters$Outbound>;
  [k: string]: unknown;
};

export const CompoundFilter$inboundSchema: z.ZodType<CompoundFilter, unknown> = objectInbound<CompoundFilter>(
  {
    type: ["type", CompoundFilterType$inboundSchema],
    filters: ["filters", z.array(z.lazy(() => CompoundFilterFilters$inboundSchema))],
  },
  true,
);

export const CompoundFilter$outboundSchema: z.ZodType<CompoundFilter$Outbound, CompoundFilter> = objectOutbound<CompoundFilter, CompoundFilter$Outbound>(
  {
    type: ["type", CompoundFilterType$outboundSchema],
    filters: ["filters", z.array(z.lazy(() => CompoundFilterFilters$outboundSchema))],
  },
);

export function compoundFilterToJSON(value: CompoundFilter): string {
  return stringifyJSON(value, CompoundFilter$outboundSchema, "CompoundFilter");
}

export function compoundFilterFromJSON(
  jsonString: string,
): SafeParseResult<CompoundFilter, SDKValidationError> {
  return safeParseJSON(jsonString, CompoundFilter$inboundSchema, "CompoundFilter");
}

export type CompoundFilterFilters =
  | ComparisonFilter
  | CompoundFilter;

/** CompoundFilterFilters as it is sent on the wire. */
export type CompoundFilterFilters$Outbound =
  | ComparisonFilter$Outbound
  | CompoundFilter$Outbound;

/** Decodes a value as the first of these alternatives that accepts it. */
export const CompoundFilterFilters$inboundSchema: z.ZodType<CompoundFilterFilters, unknown> = untaggedUnionInbound(
  "CompoundFilterFilters",
  [
    ComparisonFilter$inboundSchema,
    z.lazy(() => CompoundFilter$inboundSchema),
  ],
  "one of: a ComparisonFilter object, a CompoundFilter object",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const CompoundFilterFilters$outboundSchema: z.ZodType<CompoundFilterFilters$Outbound, CompoundFilterFilters> = untaggedUnionOutbound(
  "CompoundFilterFilters",
  [
    ComparisonFilter$outboundSchema,
    z.lazy(() => CompoundFilter$outboundSchema),
  ],
  "one of: a ComparisonFilter object, a CompoundFilter object",
);

export function compoundFilterFiltersToJSON(value: CompoundFilterFilters): string {
  return stringifyJSON(value, CompoundFilterFilters$outboundSchema, "CompoundFilterFilters");
}

export function compoundFilterFiltersFromJSON(
  jsonString: string,
): SafeParseResult<CompoundFilterFilters, SDKValidationError> {
  return safeParseJSON(jsonString, CompoundFilterFilters$inboundSchema, "CompoundFilterFilters");
}
