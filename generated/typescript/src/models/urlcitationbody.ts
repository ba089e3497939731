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

export const UrlCitationBodyType = {
  UrlCitation: "url_citation",
} as const;
export type UrlCitationBodyType = ClosedEnum<typeof UrlCitationBodyType>;

export const UrlCitationBodyType$inboundSchema: z.ZodType<UrlCitationBodyType, unknown> = enumSchema(UrlCitationBodyType);

export const UrlCitationBodyType$outboundSchema: z.ZodType<UrlCitationBodyType, UrlCitationBodyType> = enumSchema(UrlCitationBodyType);

export function urlCitationBodyTypeToJSON(value: UrlCitationBodyType): string {
  return stringifyJSON(value, UrlCitationBodyType$outboundSchema, "UrlCitationBodyType");
}

export function urlCitationBodyTypeFromJSON(
  jsonString: string,
): SafeParseResult<UrlCitationBodyType, SDKValidationError> {
  return safeParseJSON(jsonString, UrlCitationBodyType$inboundSchema, "UrlCitationBodyType");
}

export type UrlCitationBody = {
  type: UrlCitationBodyType;
  url: string;
  startIndex: number;
  endIndex: number;
  title: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** UrlCitationBody as it is sent on the wire. */
export type UrlCitationBody$Outbound = {
  type: UrlCitationBodyType;
  url: string;
  start_index: number;
  end_index: number;
  title: string;
  [k: string]: unknown;
};

export const UrlCitationBody$inboundSchema: z.ZodType<UrlCitationBody, unknown> = objectInbound<UrlCitationBody>(
  {
    type: ["type", UrlCitationBodyType$inboundSchema],
    url: ["url", z.string()],
    startIndex: ["start_index", z.int()],
    endIndex: ["end_index", z.int()],
    title: ["title", z.string()],
  },
);

export const UrlCitationBody$outboundSchema: z.ZodType<UrlCitationBody$Outbound, UrlCitationBody> = objectOutbound<UrlCitationBody, UrlCitationBody$Outbound>(
  {
    type: ["type", UrlCitationBodyType$outboundSchema],
    url: ["url", z.string()],
    startIndex: ["start_index", z.int()],
    endIndex: ["end_index", z.int()],
    title: ["title", z.string()],
  },
);

export function urlCitationBodyToJSON(value: UrlCitationBody): string {
  return stringifyJSON(value, UrlCitationBody$outboundSchema, "UrlCitationBody");
}

export function urlCitationBodyFromJSON(
  jsonString: string,
): SafeParseResult<UrlCitationBody, SDKValidationError> {
  return safeParseJSON(jsonString, UrlCitationBody$inboundSchema, "UrlCitationBody");
}
