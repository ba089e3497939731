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

export const WebSearchActionSearchType = {
  Search: "search",
} as const;
export type WebSearchActionSearchType = ClosedEnum<typeof WebSearchActionSearchType>;

export const WebSearchActionSearchType$inboundSchema: z.ZodType<WebSearchActionSearchType, unknown> = enumSchema(WebSearchActionSearchType);

export const WebSearchActionSearchType$outboundSchema: z.ZodType<WebSearchActionSearchType, WebSearchActionSearchType> = enumSchema(WebSearchActionSearchType);

export function webSearchActionSearchTypeToJSON(value: WebSearchActionSearchType): string {
  return stringifyJSON(value, WebSearchActionSearchType$outboundSchema, "WebSearchActionSearchType");
}

export function webSearchActionSearchTypeFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchActionSearchType, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchActionSearchType$inboundSchema, "WebSearchActionSearchType");
}

export const WebSearchActionSearchSourcesType = {
  Url: "url",
} as const;
export type WebSearchActionSearchSourcesType = ClosedEnum<typeof WebSearchActionSearchSourcesType>;

export const WebSearchActionSearchSourcesType$inboundSchema: z.ZodType<WebSearchActionSearchSourcesType, unknown> = enumSchema(WebSearchActionSearchSourcesType);

export const WebSearchActionSearchSourcesType$outboundSchema: z.ZodType<WebSearchActionSearchSourcesType, WebSearchActionSearchSourcesType> = enumSchema(WebSearchActionSearchSourcesType);

export function webSearchActionSearchSourcesTypeToJSON(value: WebSearchActionSearchSourcesType): string {
  return stringifyJSON(value, WebSearchActionSearchSourcesType$outboundSchema, "WebSearchActionSearchSourcesType");
}

export function webSearchActionSearchSourcesTypeFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchActionSearchSourcesType, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchActionSearchSourcesType$inboundSchema, "WebSearchActionSearchSourcesType");
}

export type WebSearchActionSearchSources = {
  type: WebSearchActionSearchSourcesType;
  url: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** WebSearchActionSearchSources as it is sent on the wire. */
export type WebSearchActionSearchSources$Outbound = {
  type: WebSearchActionSearchSourcesType;
  url: string;
  [k: string]: unknown;
};

export const WebSearchActionSearchSources$inboundSchema: z.ZodType<WebSearchActionSearchSources, unknown> = objectInbound<WebSearchActionSearchSources>(
  {
    type: ["type", WebSearchActionSearchSourcesType$inboundSchema],
    url: ["url", z.string()],
  },
);

export const WebSearchActionSearchSources$outboundSchema: z.ZodType<WebSearchActionSearchSources$Outbound, WebSearchActionSearchSources> = objectOutbound<WebSearchActionSearchSources, WebSearchActionSearchSources$Outbound>(
  {
    type: ["type", WebSearchActionSearchSourcesType$outboundSchema],
    url: ["url", z.string()],
  },
);

export function webSearchActionSearchSourcesToJSON(value: WebSearchActionSearchSources): string {
  return stringifyJSON(value, WebSearchActionSearchSources$outboundSchema, "WebSearchActionSearchSources");
}

export function webSearchActionSearchSourcesFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchActionSearchSources, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchActionSearchSources$inboundSchema, "WebSearchActionSearchSources");
}

export type WebSearchActionSearch = {
  type: WebSearchActionSearchType;
  /**
   * @deprecated
   */
  query?: string | undefined;
  queries?: Array<string> | undefined;
  sources?: Array<WebSearchActionSearchSources> | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** WebSearchActionSearch as it is sent on the wire. */
export type WebSearchActionSearch$Outbound = {
  type: WebSearchActionSearchType;
  query?: string | undefined;
  queries?: Array<string> | undefined;
  sources?: Array<WebSearchActionSearchSources$Outbound> | undefined;
  [k: string]: unknown;
};

export const WebSearchActionSearch$inboundSchema: z.ZodType<WebSearchActionSearch, unknown> = objectInbound<WebSearchActionSearch>(
  {
    type: ["type", WebSearchActionSearchType$inboundSchema],
    query: ["query", z.string().optional()],
    queries: ["queries", z.array(z.string()).optional()],
    sources: ["sources", z.array(WebSearchActionSearchSources$inboundSchema).optional()],
  },
);

export const WebSearchActionSearch$outboundSchema: z.ZodType<WebSearchActionSearch$Outbound, WebSearchActionSearch> = objectOutbound<WebSearchActionSearch, WebSearchActionSearch$Outbound>(
  {
    type: ["type", WebSearchActionSearchType$outboundSchema],
    query: ["query", z.string().optional()],
    queries: ["queries", z.array(z.string()).optional()],
    sources: ["sources", z.array(WebSearchActionSearchSources$outboundSchema).optional()],
  },
);

export function webSearchActionSearchToJSON(value: WebSearchActionSearch): string {
  return stringifyJSON(value, WebSearchActionSearch$outboundSchema, "WebSearchActionSearch");
}

export function webSearchActionSearchFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchActionSearch, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchActionSearch$inboundSchema, "WebSearchActionSearch");
}
