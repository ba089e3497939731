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

export const SummaryTextContentType = {
  SummaryText: "summary_text",
} as const;
export type SummaryTextContentType = ClosedEnum<typeof SummaryTextContentType>;

export const SummaryTextContentType$inboundSchema: z.ZodType<SummaryTextContentType, unknown> = enumSchema(SummaryTextContentType);

export const SummaryTextContentType$outboundSchema: z.ZodType<SummaryTextContentType, SummaryTextContentType> = enumSchema(SummaryTextContentType);

export function summaryTextContentTypeToJSON(value: SummaryTextContentType): string {
  return stringifyJSON(value, SummaryTextContentType$outboundSchema, "SummaryTextContentType");
}

export function summaryTextContentTypeFromJSON(
  jsonString: string,
): SafeParseResult<SummaryTextContentType, SDKValidationError> {
  return safeParseJSON(jsonString, SummaryTextContentType$inboundSchema, "SummaryTextContentType");
}

export type SummaryTextContent = {
  type: SummaryTextContentType;
  text: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** SummaryTextContent as it is sent on the wire. */
export type SummaryTextContent$Outbound = {
  type: SummaryTextContentType;
  text: string;
  [k: string]: unknown;
};

export const SummaryTextContent$inboundSchema: z.ZodType<SummaryTextContent, unknown> = objectInbound<SummaryTextContent>(
  {
    type: ["type", SummaryTextContentType$inboundSchema],
    text: ["text", z.string()],
  },
);

export const SummaryTextContent$outboundSchema: z.ZodType<SummaryTextContent$Outbound, SummaryTextContent> = objectOutbound<SummaryTextContent, SummaryTextContent$Outbound>(
  {
    type: ["type", SummaryTextContentType$outboundSchema],
    text: ["text", z.string()],
  },
);

export function summaryTextContentToJSON(value: SummaryTextContent): string {
  return stringifyJSON(value, SummaryTextContent$outboundSchema, "SummaryTextContent");
}

export function summaryTextContentFromJSON(
  jsonString: string,
): SafeParseResult<SummaryTextContent, SDKValidationError> {
  return safeParseJSON(jsonString, SummaryTextContent$inboundSchema, "SummaryTextContent");
}
