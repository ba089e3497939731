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

export const WebSearchPreviewTool$inboundSchema: z.ZodType<WebSearchPreviewTool, unknown> = objectInbound<WebSearchPreviewTool>(
  {
    type: ["type", WebSearchPreviewToolType$inboundSchema],
    userLocation: ["user_location", ApproximateLocation$inboundSchema.nullable().optional()],
    searchContextSize: ["search_context_size", SearchContextSize$inboundSchema.optional()],
    searchContentTypes: ["search_content_types", z.array(SearchContentType$inboundSchema).optional()],
  },
);

export const WebSearchPreviewTool$outboundSchema: z.ZodType<WebSearchPreviewTool$Outbound, WebSearchPreviewTool> = objectOutbound<WebSearchPreviewTool, WebSearchPreviewTool$Outbound>(
  {
    type: ["type", WebSearchPreviewToolType$outboundSchema],
    userLocation: ["user_location", ApproximateLocation$outboundSchema.nullable().optional()],
    searchContextSize: ["search_context_size", SearchContextSize$outboundSchema.optional()],
    searchContentTypes: ["search_content_types", z.array(SearchContentType$outboundSchema).optional()],
  },
);

export function webSearchPreviewToolToJSON(value: WebSearchPreviewTool): string {
  return stringifyJSON(value, WebSearchPreviewTool$outboundSchema, "WebSearchPreviewTool");
}

export function webSearchPreviewToolFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchPreviewTool, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchPreviewTool$inboundSchema, "WebSearchPreviewTool");
}
