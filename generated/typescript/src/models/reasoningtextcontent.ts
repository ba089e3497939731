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

export const ReasoningTextContentType = {
  ReasoningText: "reasoning_text",
} as const;
export type ReasoningTextContentType = ClosedEnum<typeof ReasoningTextContentType>;

export const ReasoningTextContentType$inboundSchema: z.ZodType<ReasoningTextContentType, unknown> = enumSchema(ReasoningTextContentType);

export const ReasoningTextContentType$outboundSchema: z.ZodType<ReasoningTextContentType, ReasoningTextContentType> = enumSchema(ReasoningTextContentType);

export function reasoningTextContentTypeToJSON(value: ReasoningTextContentType): string {
  return stringifyJSON(value, ReasoningTextContentType$outboundSchema, "ReasoningTextContentType");
}

export function reasoningTextContentTypeFromJSON(
  jsonString: string,
): SafeParseResult<ReasoningTextContentType, SDKValidationError> {
  return safeParseJSON(jsonString, ReasoningTextContentType$inboundSchema, "ReasoningTextContentType");
}

export type ReasoningTextContent = {
  type: ReasoningTextContentType;
  text: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ReasoningTextContent as it is sent on the wire. */
export type ReasoningTextContent$Outbound = {
  type: ReasoningTextContentType;
  text: string;
  [k: string]: unknown;
};

export const ReasoningTextContent$inboundSchema: z.ZodType<ReasoningTextContent, unknown> = objectInbound<ReasoningTextContent>(
  {
    type: ["type", ReasoningTextContentType$inboundSchema],
    text: ["text", z.string()],
  },
);

export const ReasoningTextContent$outboundSchema: z.ZodType<ReasoningTextContent$Outbound, ReasoningTextContent> = objectOutbound<ReasoningTextContent, ReasoningTextContent$Outbound>(
  {
    type: ["type", ReasoningTextContentType$outboundSchema],
    text: ["text", z.string()],
  },
);

export function reasoningTextContentToJSON(value: ReasoningTextContent): string {
  return stringifyJSON(value, ReasoningTextContent$outboundSchema, "ReasoningTextContent");
}

export function reasoningTextContentFromJSON(
  jsonString: string,
): SafeParseResult<ReasoningTextContent, SDKValidationError> {
  return safeParseJSON(jsonString, ReasoningTextContent$inboundSchema, "ReasoningTextContent");
}
