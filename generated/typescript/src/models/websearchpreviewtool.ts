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
import {
  ApproximateLocation$inboundSchema,
  ApproximateLocation$outboundSchema,
  type ApproximateLocation,
  type ApproximateLocation$Outbound,
} from "./approximatelocation.js";
import {
  SearchContentType$inboundSchema,
  SearchContentType$outboundSchema,
  type SearchContentType,
} from "./searchcontenttype.js";
import {
  SearchContextSize$inboundSchema,
  SearchContextSize$outboundSchema,
  type SearchContextSize,
} from "./searchcontextsize.js";

export const WebSearchPreviewToolType = {
  WebSearchPreview: "web_search_preview",
  WebSearchPreview20250311: "web_search_preview_2025_03_11",
} as const;
export type WebSearchPreviewToolType = ClosedEnum<typeof WebSearchPreviewToolType>;

export const WebSearchPreviewToolType$inboundSchema: z.ZodType<WebSearchPreviewToolType, unknown> = enumSchema(WebSearchPreviewToolType);

export const WebSearchPreviewToolType$outboundSchema: z.ZodType<WebSearchPreviewToolType, WebSearchPreviewToolType> = enumSchema(WebSearchPreviewToolType);

export function webSearchPreviewToolTypeToJSON(value: WebSearchPreviewToolType): string {
  return stringifyJSON(value, WebSearchPreviewToolType$outboundSchema, "WebSearchPreviewToolType");
}

export function webSearchPreviewToolTypeFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchPreviewToolType, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchPreviewToolType$inboundSchema, "WebSearchPreviewToolType");
}

export type WebSearchPreviewTool = {
  type: WebSearchPreviewToolType;
  userLocation?: ApproximateLocation | null | undefined;
  searchContextSize?: SearchContextSize | undefined;
  searchContentTypes?: Array<SearchContentType> | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** WebSearchPreviewTool as it is sent on the wire. */
export type WebSearchPreviewTool$Outbound = {
  type: WebSearchPreviewToolType;
  user_location?: ApproximateLocation$Outbound | null | undefined;
  search_context_size?: SearchContextSize | undefined;
  search_content_types?: Array<SearchContentType> | undefined;
  [k: string]: unknown;
};

export const WebSearchPreviewTool$inboundSchema: z.ZodType<WebSearchPreviewTool, unknown> = objectInbound(
  {
    type: WebSearchPreviewToolType$inboundSchema,
    user_location: ApproximateLocation$inboundSchema.nullable().optional(),
    search_context_size: SearchContextSize$inboundSchema.optional(),
    search_content_types: z.array(SearchContentType$inboundSchema).optional(),
  },
  (v) => ({
    type: v.type,
    ...(v.user_location === undefined ? {} : { userLocation: v.user_location }),
    ...(v.search_context_size === undefined ? {} : { searchContextSize: v.search_context_size }),
    ...(v.search_content_types === undefined ? {} : { searchContentTypes: v.search_content_types }),
    ...collectAdditionalProperties(v, ["type", "user_location", "search_context_size", "search_content_types"]),
  }),
);

export const WebSearchPreviewTool$outboundSchema: z.ZodType<WebSearchPreviewTool$Outbound, WebSearchPreviewTool> = objectOutbound(
  {
    type: WebSearchPreviewToolType$outboundSchema,
    userLocation: ApproximateLocation$outboundSchema.nullable().optional(),
    searchContextSize: SearchContextSize$outboundSchema.optional(),
    searchContentTypes: z.array(SearchContentType$outboundSchema).optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    ...(v.userLocation === undefined ? {} : { user_location: v.userLocation }),
    ...(v.searchContextSize === undefined ? {} : { search_context_size: v.searchContextSize }),
    ...(v.searchContentTypes === undefined ? {} : { search_content_types: v.searchContentTypes }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "user_location", "search_context_size", "search_content_types"]),
  }),
);

export function webSearchPreviewToolToJSON(value: WebSearchPreviewTool): string {
  return stringifyJSON(value, WebSearchPreviewTool$outboundSchema, "WebSearchPreviewTool");
}

export function webSearchPreviewToolFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchPreviewTool, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchPreviewTool$inboundSchema, "WebSearchPreviewTool");
}
