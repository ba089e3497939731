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

export const ApproximateLocationType = {
  Approximate: "approximate",
} as const;
export type ApproximateLocationType = ClosedEnum<typeof ApproximateLocationType>;

export const ApproximateLocationType$inboundSchema: z.ZodType<ApproximateLocationType, unknown> = enumSchema(ApproximateLocationType);

export const ApproximateLocationType$outboundSchema: z.ZodType<ApproximateLocationType, ApproximateLocationType> = enumSchema(ApproximateLocationType);

export function approximateLocationTypeToJSON(value: ApproximateLocationType): string {
  return stringifyJSON(value, ApproximateLocationType$outboundSchema, "ApproximateLocationType");
}

export function approximateLocationTypeFromJSON(
  jsonString: string,
): SafeParseResult<ApproximateLocationType, SDKValidationError> {
  return safeParseJSON(jsonString, ApproximateLocationType$inboundSchema, "ApproximateLocationType");
}

export type ApproximateLocation = {
  type: ApproximateLocationType;
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

/** ApproximateLocation as it is sent on the wire. */
export type ApproximateLocation$Outbound = {
  type: ApproximateLocationType;
  country?: string | null | undefined;
  region?: string | null | undefined;
  city?: string | null | undefined;
  timezone?: string | null | undefined;
  [k: string]: unknown;
};

export const ApproximateLocation$inboundSchema: z.ZodType<ApproximateLocation, unknown> = objectInbound<ApproximateLocation>(
  {
    type: ["type", ApproximateLocationType$inboundSchema],
    country: ["country", z.string().nullable().optional()],
    region: ["region", z.string().nullable().optional()],
    city: ["city", z.string().nullable().optional()],
    timezone: ["timezone", z.string().nullable().optional()],
  },
);

export const ApproximateLocation$outboundSchema: z.ZodType<ApproximateLocation$Outbound, ApproximateLocation> = objectOutbound<ApproximateLocation, ApproximateLocation$Outbound>(
  {
    type: ["type", ApproximateLocationType$outboundSchema],
    country: ["country", z.string().nullable().optional()],
    region: ["region", z.string().nullable().optional()],
    city: ["city", z.string().nullable().optional()],
    timezone: ["timezone", z.string().nullable().optional()],
  },
);

export function approximateLocationToJSON(value: ApproximateLocation): string {
  return stringifyJSON(value, ApproximateLocation$outboundSchema, "ApproximateLocation");
}

export function approximateLocationFromJSON(
  jsonString: string,
): SafeParseResult<ApproximateLocation, SDKValidationError> {
  return safeParseJSON(jsonString, ApproximateLocation$inboundSchema, "ApproximateLocation");
}
