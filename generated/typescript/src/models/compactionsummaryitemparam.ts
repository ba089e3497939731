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

export const CompactionSummaryItemParamType = {
  Compaction: "compaction",
} as const;
export type CompactionSummaryItemParamType = ClosedEnum<typeof CompactionSummaryItemParamType>;

export const CompactionSummaryItemParamType$inboundSchema: z.ZodType<CompactionSummaryItemParamType, unknown> = enumSchema(CompactionSummaryItemParamType);

export const CompactionSummaryItemParamType$outboundSchema: z.ZodType<CompactionSummaryItemParamType, CompactionSummaryItemParamType> = enumSchema(CompactionSummaryItemParamType);

export function compactionSummaryItemParamTypeToJSON(value: CompactionSummaryItemParamType): string {
  return stringifyJSON(value, CompactionSummaryItemParamType$outboundSchema, "CompactionSummaryItemParamType");
}

export function compactionSummaryItemParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<CompactionSummaryItemParamType, SDKValidationError> {
  return safeParseJSON(jsonString, CompactionSummaryItemParamType$inboundSchema, "CompactionSummaryItemParamType");
}

export type CompactionSummaryItemParam = {
  id?: string | null | undefined;
  type: CompactionSummaryItemParamType;
  encryptedContent: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CompactionSummaryItemParam as it is sent on the wire. */
export type CompactionSummaryItemParam$Outbound = {
  id?: string | null | undefined;
  type: CompactionSummaryItemParamType;
  encrypted_content: string;
  [k: string]: unknown;
};

export const CompactionSummaryItemParam$inboundSchema: z.ZodType<CompactionSummaryItemParam, unknown> = objectInbound<CompactionSummaryItemParam>(
  {
    id: ["id", z.string().nullable().optional()],
    type: ["type", CompactionSummaryItemParamType$inboundSchema],
    encryptedContent: ["encrypted_content", z.string().max(20971520)],
  },
);

export const CompactionSummaryItemParam$outboundSchema: z.ZodType<CompactionSummaryItemParam$Outbound, CompactionSummaryItemParam> = objectOutbound<CompactionSummaryItemParam, CompactionSummaryItemParam$Outbound>(
  {
    id: ["id", z.string().nullable().optional()],
    type: ["type", CompactionSummaryItemParamType$outboundSchema],
    encryptedContent: ["encrypted_content", z.string().max(20971520)],
  },
);

export function compactionSummaryItemParamToJSON(value: CompactionSummaryItemParam): string {
  return stringifyJSON(value, CompactionSummaryItemParam$outboundSchema, "CompactionSummaryItemParam");
}

export function compactionSummaryItemParamFromJSON(
  jsonString: string,
): SafeParseResult<CompactionSummaryItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, CompactionSummaryItemParam$inboundSchema, "CompactionSummaryItemParam");
}
