// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
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

export const WebSearchApproximateLocation$inboundSchema: z.ZodType<WebSearchApproximateLocation, unknown> = objectInbound(
  {
    type: WebSearchApproximateLocationType$inboundSchema.optional(),
    country: z.string().nullable().optional(),
    region: z.string().nullable().optional(),
    city: z.string().nullable().optional(),
    timezone: z.string().nullable().optional(),
  },
  (v) => ({
    ...(v.type === undefined ? {} : { type: v.type }),
    ...(v.country === undefined ? {} : { country: v.country }),
    ...(v.region === undefined ? {} : { region: v.region }),
    ...(v.city === undefined ? {} : { city: v.city }),
    ...(v.timezone === undefined ? {} : { timezone: v.timezone }),
    ...collectAdditionalProperties(v, ["type", "country", "region", "city", "timezone"]),
  }),
);

export const WebSearchApproximateLocation$outboundSchema: z.ZodType<WebSearchApproximateLocation$Outbound, WebSearchApproximateLocation> = objectOutbound(
  {
    type: WebSearchApproximateLocationType$outboundSchema.optional(),
    country: z.string().nullable().optional(),
    region: z.string().nullable().optional(),
    city: z.string().nullable().optional(),
    timezone: z.string().nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    ...(v.type === undefined ? {} : { type: v.type }),
    ...(v.country === undefined ? {} : { country: v.country }),
    ...(v.region === undefined ? {} : { region: v.region }),
    ...(v.city === undefined ? {} : { city: v.city }),
    ...(v.timezone === undefined ? {} : { timezone: v.timezone }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "country", "region", "city", "timezone"]),
  }),
);

export function webSearchApproximateLocationToJSON(value: WebSearchApproximateLocation | null): string {
  return stringifyJSON(value, WebSearchApproximateLocation$outboundSchema.nullable(), "WebSearchApproximateLocation");
}

export function webSearchApproximateLocationFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchApproximateLocation | null, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchApproximateLocation$inboundSchema.nullable(), "WebSearchApproximateLocation");
}
