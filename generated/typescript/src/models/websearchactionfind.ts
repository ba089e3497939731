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

export const WebSearchActionFindType = {
  FindInPage: "find_in_page",
} as const;
export type WebSearchActionFindType = ClosedEnum<typeof WebSearchActionFindType>;

export const WebSearchActionFindType$inboundSchema: z.ZodType<WebSearchActionFindType, unknown> = enumSchema(WebSearchActionFindType);

export const WebSearchActionFindType$outboundSchema: z.ZodType<WebSearchActionFindType, WebSearchActionFindType> = enumSchema(WebSearchActionFindType);

export function webSearchActionFindTypeToJSON(value: WebSearchActionFindType): string {
  return stringifyJSON(value, WebSearchActionFindType$outboundSchema, "WebSearchActionFindType");
}

export function webSearchActionFindTypeFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchActionFindType, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchActionFindType$inboundSchema, "WebSearchActionFindType");
}

export type WebSearchActionFind = {
  type: WebSearchActionFindType;
  url: string;
  pattern: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** WebSearchActionFind as it is sent on the wire. */
export type WebSearchActionFind$Outbound = {
  type: WebSearchActionFindType;
  url: string;
  pattern: string;
  [k: string]: unknown;
};

export const WebSearchActionFind$inboundSchema: z.ZodType<WebSearchActionFind, unknown> = objectInbound<WebSearchActionFind>(
  {
    type: ["type", WebSearchActionFindType$inboundSchema],
    url: ["url", z.string()],
    pattern: ["pattern", z.string()],
  },
);

export const WebSearchActionFind$outboundSchema: z.ZodType<WebSearchActionFind$Outbound, WebSearchActionFind> = objectOutbound<WebSearchActionFind, WebSearchActionFind$Outbound>(
  {
    type: ["type", WebSearchActionFindType$outboundSchema],
    url: ["url", z.string()],
    pattern: ["pattern", z.string()],
  },
);

export function webSearchActionFindToJSON(value: WebSearchActionFind): string {
  return stringifyJSON(value, WebSearchActionFind$outboundSchema, "WebSearchActionFind");
}

export function webSearchActionFindFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchActionFind, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchActionFind$inboundSchema, "WebSearchActionFind");
}
