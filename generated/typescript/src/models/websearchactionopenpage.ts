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

export const WebSearchActionOpenPageType = {
  OpenPage: "open_page",
} as const;
export type WebSearchActionOpenPageType = ClosedEnum<typeof WebSearchActionOpenPageType>;

export const WebSearchActionOpenPageType$inboundSchema: z.ZodType<WebSearchActionOpenPageType, unknown> = enumSchema(WebSearchActionOpenPageType);

export const WebSearchActionOpenPageType$outboundSchema: z.ZodType<WebSearchActionOpenPageType, WebSearchActionOpenPageType> = enumSchema(WebSearchActionOpenPageType);

export function webSearchActionOpenPageTypeToJSON(value: WebSearchActionOpenPageType): string {
  return stringifyJSON(value, WebSearchActionOpenPageType$outboundSchema, "WebSearchActionOpenPageType");
}

export function webSearchActionOpenPageTypeFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchActionOpenPageType, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchActionOpenPageType$inboundSchema, "WebSearchActionOpenPageType");
}

export type WebSearchActionOpenPage = {
  type: WebSearchActionOpenPageType;
  url?: string | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** WebSearchActionOpenPage as it is sent on the wire. */
export type WebSearchActionOpenPage$Outbound = {
  type: WebSearchActionOpenPageType;
  url?: string | null | undefined;
  [k: string]: unknown;
};

export const WebSearchActionOpenPage$inboundSchema: z.ZodType<WebSearchActionOpenPage, unknown> = objectInbound<WebSearchActionOpenPage>(
  {
    type: ["type", WebSearchActionOpenPageType$inboundSchema],
    url: ["url", z.string().nullable().optional()],
  },
);

export const WebSearchActionOpenPage$outboundSchema: z.ZodType<WebSearchActionOpenPage$Outbound, WebSearchActionOpenPage> = objectOutbound<WebSearchActionOpenPage, WebSearchActionOpenPage$Outbound>(
  {
    type: ["type", WebSearchActionOpenPageType$outboundSchema],
    url: ["url", z.string().nullable().optional()],
  },
);

export function webSearchActionOpenPageToJSON(value: WebSearchActionOpenPage): string {
  return stringifyJSON(value, WebSearchActionOpenPage$outboundSchema, "WebSearchActionOpenPage");
}

export function webSearchActionOpenPageFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchActionOpenPage, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchActionOpenPage$inboundSchema, "WebSearchActionOpenPage");
}
