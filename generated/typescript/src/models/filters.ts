// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
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
import {
  CompoundFilter$inboundSchema,
  CompoundFilter$outboundSchema,
  type CompoundFilter,
  type CompoundFilter$Outbound,
} from "./compoundfilter.js";

export type Filters =
  | ComparisonFilter
  | CompoundFilter;

/** Filters as it is sent on the wire. */
export type Filters$Outbound =
  | ComparisonFilter$Outbound
  | CompoundFilter$Outbound;

/** Decodes a value as the first of these alternatives that accepts it. */
export const Filters$inboundSchema: z.ZodType<Filters, unknown> = untaggedUnionInbound(
  "Filters",
  [
    ComparisonFilter$inboundSchema,
    CompoundFilter$inboundSchema,
  ],
  "one of: a ComparisonFilter object, a CompoundFilter object",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const Filters$outboundSchema: z.ZodType<Filters$Outbound, Filters> = untaggedUnionOutbound(
  "Filters",
  [
    ComparisonFilter$outboundSchema,
    CompoundFilter$outboundSchema,
  ],
  "one of: a ComparisonFilter object, a CompoundFilter object",
);

export function filtersToJSON(value: Filters): string {
  return stringifyJSON(value, Filters$outboundSchema, "Filters");
}

export function filtersFromJSON(
  jsonString: string,
): SafeParseResult<Filters, SDKValidationError> {
  return safeParseJSON(jsonString, Filters$inboundSchema, "Filters");
}
