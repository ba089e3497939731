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

export const UrlCitationBody$inboundSchema: z.ZodType<UrlCitationBody, unknown> = objectInbound(
  {
    type: UrlCitationBodyType$inboundSchema,
    url: z.string(),
    start_index: z.int(),
    end_index: z.int(),
    title: z.string(),
  },
  (v) => ({
    type: v.type,
    url: v.url,
    startIndex: v.start_index,
    endIndex: v.end_index,
    title: v.title,
    ...collectAdditionalProperties(v, ["type", "url", "start_index", "end_index", "title"]),
  }),
);

export const UrlCitationBody$outboundSchema: z.ZodType<UrlCitationBody$Outbound, UrlCitationBody> = objectOutbound(
  {
    type: UrlCitationBodyType$outboundSchema,
    url: z.string(),
    startIndex: z.int(),
    endIndex: z.int(),
    title: z.string(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    url: v.url,
    start_index: v.startIndex,
    end_index: v.endIndex,
    title: v.title,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "url", "start_index", "end_index", "title"]),
  }),
);

export function urlCitationBodyToJSON(value: UrlCitationBody): string {
  return stringifyJSON(value, UrlCitationBody$outboundSchema, "UrlCitationBody");
}

export function urlCitationBodyFromJSON(
  jsonString: string,
): SafeParseResult<UrlCitationBody, SDKValidationError> {
  return safeParseJSON(jsonString, UrlCitationBody$inboundSchema, "UrlCitationBody");
}
