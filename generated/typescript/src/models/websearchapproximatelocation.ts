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

export const WebSearchApproximateLocationType = {
  Approximate: "approximate",
} as const;
export type WebSearchApproximateLocationType = ClosedEnum<typeof WebSearchApproximateLocationType>;

export const WebSearchApproximateLocationType$inboundSchema: z.ZodType<WebSearchApproximateLocationType, unknown> = enumSchema(WebSearchApproximateLocationType);

export const WebSearchApproximateLocationType$outboundSchema: z.ZodType<WebSearchApproximateLocationType, WebSearchApproximateLocationType> = enumSchema(WebSearchApproximateLocationType);

export function webSearchApproximateLocationTypeToJSON(value: WebSearchApproximateLocationType): string {
  return stringifyJSON(value, WebSearchApproximateLocationType$outboundSchema, "WebSearchApproximateLocationType");
}

export function webSearchApproximateLocationTypeFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchApproximateLocationType, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchApproximateLocationType$inboundSchema, "WebSearchApproximateLocationType");
}

export type WebSearchApproximateLocation = {
  type?: WebSearchApproximateLocationType | undefined;
  country?: string | null | undefined;
  region?: string | null | undefined;
  city?: string | null | undefined;
  timezone?: string | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** WebSearchApproximateLocation as it is sent on the wire. */
export type WebSearchApproximateLocation$Outbound = {
  type?: WebSearchApproximateLocationType | undefined;
  country?: string | null | undefined;
  region?: string | null | undefined;
  city?: string | null | undefined;
  timezone?: string | null | undefined;
  [k: string]: unknown;
};

export const WebSearchApproximateLocation$inboundSchema: z.ZodType<WebSearchApproximateLocation, unknown> = objectInbound<WebSearchApproximateLocation>(
  {
    type: ["type", WebSearchApproximateLocationType$inboundSchema.optional()],
    country: ["country", z.string().nullable().optional()],
    region: ["region", z.string().nullable().optional()],
    city: ["city", z.string().nullable().optional()],
    timezone: ["timezone", z.string().nullable().optional()],
  },
);

export const WebSearchApproximateLocation$outboundSchema: z.ZodType<WebSearchApproximateLocation$Outbound, WebSearchApproximateLocation> = objectOutbound<WebSearchApproximateLocation, WebSearchApproximateLocation$Outbound>(
  {
    type: ["type", WebSearchApproximateLocationType$outboundSchema.optional()],
    country: ["country", z.string().nullable().optional()],
    region: ["region", z.string().nullable().optional()],
    city: ["city", z.string().nullable().optional()],
    timezone: ["timezone", z.string().nullable().optional()],
  },
);

export function webSearchApproximateLocationToJSON(value: WebSearchApproximateLocation | null): string {
  return stringifyJSON(value, WebSearchApproximateLocation$outboundSchema.nullable(), "WebSearchApproximateLocation");
}

export function webSearchApproximateLocationFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchApproximateLocation | null, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchApproximateLocation$inboundSchema.nullable(), "WebSearchApproximateLocation");
}
