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

export const CompactionSummaryItemParam$inboundSchema: z.ZodType<CompactionSummaryItemParam, unknown> = objectInbound(
  {
    id: z.string().nullable().optional(),
    type: CompactionSummaryItemParamType$inboundSchema,
    encrypted_content: z.string().max(20971520),
  },
  (v) => ({
    ...(v.id === undefined ? {} : { id: v.id }),
    type: v.type,
    encryptedContent: v.encrypted_content,
    ...collectAdditionalProperties(v, ["id", "type", "encrypted_content"]),
  }),
);

export const CompactionSummaryItemParam$outboundSchema: z.ZodType<CompactionSummaryItemParam$Outbound, CompactionSummaryItemParam> = objectOutbound(
  {
    id: z.string().nullable().optional(),
    type: CompactionSummaryItemParamType$outboundSchema,
    encryptedContent: z.string().max(20971520),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    ...(v.id === undefined ? {} : { id: v.id }),
    type: v.type,
    encrypted_content: v.encryptedContent,
    ...emitAdditionalProperties(v.additionalProperties, ["id", "type", "encrypted_content"]),
  }),
);

export function compactionSummaryItemParamToJSON(value: CompactionSummaryItemParam): string {
  return stringifyJSON(value, CompactionSummaryItemParam$outboundSchema, "CompactionSummaryItemParam");
}

export function compactionSummaryItemParamFromJSON(
  jsonString: string,
): SafeParseResult<CompactionSummaryItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, CompactionSummaryItemParam$inboundSchema, "CompactionSummaryItemParam");
}
