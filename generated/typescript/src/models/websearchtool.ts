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
  WebSearchApproximateLocation$inboundSchema,
  WebSearchApproximateLocation$outboundSchema,
  type WebSearchApproximateLocation,
  type WebSearchApproximateLocation$Outbound,
} from "./websearchapproximatelocation.js";

export const WebSearchToolType = {
  WebSearch: "web_search",
  WebSearch20250826: "web_search_2025_08_26",
} as const;
export type WebSearchToolType = ClosedEnum<typeof WebSearchToolType>;

export const WebSearchToolType$inboundSchema: z.ZodType<WebSearchToolType, unknown> = enumSchema(WebSearchToolType);

export const WebSearchToolType$outboundSchema: z.ZodType<WebSearchToolType, WebSearchToolType> = enumSchema(WebSearchToolType);

export function webSearchToolTypeToJSON(value: WebSearchToolType): string {
  return stringifyJSON(value, WebSearchToolType$outboundSchema, "WebSearchToolType");
}

export function webSearchToolTypeFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchToolType, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchToolType$inboundSchema, "WebSearchToolType");
}

export type WebSearchToolFilters = {
  allowedDomains?: Array<string> | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** WebSearchToolFilters as it is sent on the wire. */
export type WebSearchToolFilters$Outbound = {
  allowed_domains?: Array<string> | null | undefined;
  [k: string]: unknown;
};

export const WebSearchToolFilters$inboundSchema: z.ZodType<WebSearchToolFilters, unknown> = objectInbound<WebSearchToolFilters>(
  {
    allowedDomains: ["allowed_domains", z.array(z.string()).nullable().optional()],
  },
);

export const WebSearchToolFilters$outboundSchema: z.ZodType<WebSearchToolFilters$Outbound, WebSearchToolFilters> = objectOutbound<WebSearchToolFilters, WebSearchToolFilters$Outbound>(
  {
    allowedDomains: ["allowed_domains", z.array(z.string()).nullable().optional()],
  },
);

export function webSearchToolFiltersToJSON(value: WebSearchToolFilters): string {
  return stringifyJSON(value, WebSearchToolFilters$outboundSchema, "WebSearchToolFilters");
}

export function webSearchToolFiltersFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchToolFilters, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchToolFilters$inboundSchema, "WebSearchToolFilters");
}

export const WebSearchToolSearchContextSize = {
  Low: "low",
  Medium: "medium",
  High: "high",
} as const;
export type WebSearchToolSearchContextSize = ClosedEnum<typeof WebSearchToolSearchContextSize>;

export const WebSearchToolSearchContextSize$inboundSchema: z.ZodType<WebSearchToolSearchContextSize, unknown> = enumSchema(WebSearchToolSearchContextSize);

export const WebSearchToolSearchContextSize$outboundSchema: z.ZodType<WebSearchToolSearchContextSize, WebSearchToolSearchContextSize> = enumSchema(WebSearchToolSearchContextSize);

export function webSearchToolSearchContextSizeToJSON(value: WebSearchToolSearchContextSize): string {
  return stringifyJSON(value, WebSearchToolSearchContextSize$outboundSchema, "WebSearchToolSearchContextSize");
}

export function webSearchToolSearchContextSizeFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchToolSearchContextSize, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchToolSearchContextSize$inboundSchema, "WebSearchToolSearchContextSize");
}

export type WebSearchTool = {
  type: WebSearchToolType;
  externalWebAccess?: boolean | undefined;
  filters?: WebSearchToolFilters | null | undefined;
  userLocation?: WebSearchApproximateLocation | null | undefined;
  searchContextSize?: WebSearchToolSearchContextSize | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** WebSearchTool as it is sent on the wire. */
export type WebSearchTool$Outbound = {
  type: WebSearchToolType;
  external_web_access?: boolean | undefined;
  filters?: WebSearchToolFilters$Outbound | null | undefined;
  user_location?: WebSearchApproximateLocation$Outbound | null | undefined;
  search_context_size?: WebSearchToolSearchContextSize | undefined;
  [k: string]: unknown;
};

export const WebSearchTool$inboundSchema: z.ZodType<WebSearchTool, unknown> = objectInbound<WebSearchTool>(
  {
    type: ["type", WebSearchToolType$inboundSchema],
    externalWebAccess: ["external_web_access", z.boolean().optional()],
    filters: ["filters", WebSearchToolFilters$inboundSchema.nullable().optional()],
    userLocation: ["user_location", WebSearchApproximateLocation$inboundSchema.nullable().optional()],
    searchContextSize: ["search_context_size", WebSearchToolSearchContextSize$inboundSchema.optional()],
  },
);

export const WebSearchTool$outboundSchema: z.ZodType<WebSearchTool$Outbound, WebSearchTool> = objectOutbound<WebSearchTool, WebSearchTool$Outbound>(
  {
    type: ["type", WebSearchToolType$outboundSchema],
    externalWebAccess: ["external_web_access", z.boolean().optional()],
    filters: ["filters", WebSearchToolFilters$outboundSchema.nullable().optional()],
    userLocation: ["user_location", WebSearchApproximateLocation$outboundSchema.nullable().optional()],
    searchContextSize: ["search_context_size", WebSearchToolSearchContextSize$outboundSchema.optional()],
  },
);

export function webSearchToolToJSON(value: WebSearchTool): string {
  return stringifyJSON(value, WebSearchTool$outboundSchema, "WebSearchTool");
}

export function webSearchToolFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchTool, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchTool$inboundSchema, "WebSearchTool");
}
