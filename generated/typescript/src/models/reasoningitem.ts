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
  ReasoningTextContent$inboundSchema,
  ReasoningTextContent$outboundSchema,
  type ReasoningTextContent,
  type ReasoningTextContent$Outbound,
} from "./reasoningtextcontent.js";
import {
  SummaryTextContent$inboundSchema,
  SummaryTextContent$outboundSchema,
  type SummaryTextContent,
  type SummaryTextContent$Outbound,
} from "./summarytextcontent.js";

export const ReasoningItemType = {
  Reasoning: "reasoning",
} as const;
export type ReasoningItemType = ClosedEnum<typeof ReasoningItemType>;

export const ReasoningItemType$inboundSchema: z.ZodType<ReasoningItemType, unknown> = enumSchema(ReasoningItemType);

export const ReasoningItemType$outboundSchema: z.ZodType<ReasoningItemType, ReasoningItemType> = enumSchema(ReasoningItemType);

export function reasoningItemTypeToJSON(value: ReasoningItemType): string {
  return stringifyJSON(value, ReasoningItemType$outboundSchema, "ReasoningItemType");
}

export function reasoningItemTypeFromJSON(
  jsonString: string,
): SafeParseResult<ReasoningItemType, SDKValidationError> {
  return safeParseJSON(jsonString, ReasoningItemType$inboundSchema, "ReasoningItemType");
}

export const ReasoningItemStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type ReasoningItemStatus = ClosedEnum<typeof ReasoningItemStatus>;

export const ReasoningItemStatus$inboundSchema: z.ZodType<ReasoningItemStatus, unknown> = enumSchema(ReasoningItemStatus);

export const ReasoningItemStatus$outboundSchema: z.ZodType<ReasoningItemStatus, ReasoningItemStatus> = enumSchema(ReasoningItemStatus);

export function reasoningItemStatusToJSON(value: ReasoningItemStatus): string {
  return stringifyJSON(value, ReasoningItemStatus$outboundSchema, "ReasoningItemStatus");
}

export function reasoningItemStatusFromJSON(
  jsonString: string,
): SafeParseResult<ReasoningItemStatus, SDKValidationError> {
  return safeParseJSON(jsonString, ReasoningItemStatus$inboundSchema, "ReasoningItemStatus");
}

export type ReasoningItem = {
  type: ReasoningItemType;
  id: string;
  encryptedContent?: string | null | undefined;
  summary: Array<SummaryTextContent>;
  content?: Array<ReasoningTextContent> | undefined;
  status?: ReasoningItemStatus | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ReasoningItem as it is sent on the wire. */
export type ReasoningItem$Outbound = {
  type: ReasoningItemType;
  id: string;
  encrypted_content?: string | null | undefined;
  summary: Array<SummaryTextContent$Outbound>;
  content?: Array<ReasoningTextContent$Outbound> | undefined;
  status?: ReasoningItemStatus | undefined;
  [k: string]: unknown;
};

export const ReasoningItem$inboundSchema: z.ZodType<ReasoningItem, unknown> = objectInbound<ReasoningItem>(
  {
    type: ["type", ReasoningItemType$inboundSchema],
    id: ["id", z.string()],
    encryptedContent: ["encrypted_content", z.string().nullable().optional()],
    summary: ["summary", z.array(SummaryTextContent$inboundSchema)],
    content: ["content", z.array(ReasoningTextContent$inboundSchema).optional()],
    status: ["status", ReasoningItemStatus$inboundSchema.optional()],
  },
);

export const ReasoningItem$outboundSchema: z.ZodType<ReasoningItem$Outbound, ReasoningItem> = objectOutbound<ReasoningItem, ReasoningItem$Outbound>(
  {
    type: ["type", ReasoningItemType$outboundSchema],
    id: ["id", z.string()],
    encryptedContent: ["encrypted_content", z.string().nullable().optional()],
    summary: ["summary", z.array(SummaryTextContent$outboundSchema)],
    content: ["content", z.array(ReasoningTextContent$outboundSchema).optional()],
    status: ["status", ReasoningItemStatus$outboundSchema.optional()],
  },
);

export function reasoningItemToJSON(value: ReasoningItem): string {
  return stringifyJSON(value, ReasoningItem$outboundSchema, "ReasoningItem");
}

export function reasoningItemFromJSON(
  jsonString: string,
): SafeParseResult<ReasoningItem, SDKValidationError> {
  return safeParseJSON(jsonString, ReasoningItem$inboundSchema, "ReasoningItem");
}
