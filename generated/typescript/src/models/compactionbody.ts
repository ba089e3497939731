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

export const CompactionBodyType = {
  Compaction: "compaction",
} as const;
export type CompactionBodyType = ClosedEnum<typeof CompactionBodyType>;

export const CompactionBodyType$inboundSchema: z.ZodType<CompactionBodyType, unknown> = enumSchema(CompactionBodyType);

export const CompactionBodyType$outboundSchema: z.ZodType<CompactionBodyType, CompactionBodyType> = enumSchema(CompactionBodyType);

export function compactionBodyTypeToJSON(value: CompactionBodyType): string {
  return stringifyJSON(value, CompactionBodyType$outboundSchema, "CompactionBodyType");
}

export function compactionBodyTypeFromJSON(
  jsonString: string,
): SafeParseResult<CompactionBodyType, SDKValidationError> {
  return safeParseJSON(jsonString, CompactionBodyType$inboundSchema, "CompactionBodyType");
}

export type CompactionBody = {
  type: CompactionBodyType;
  id: string;
  encryptedContent: string;
  createdBy?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CompactionBody as it is sent on the wire. */
export type CompactionBody$Outbound = {
  type: CompactionBodyType;
  id: string;
  encrypted_content: string;
  created_by?: string | undefined;
  [k: string]: unknown;
};

export const CompactionBody$inboundSchema: z.ZodType<CompactionBody, unknown> = objectInbound<CompactionBody>(
  {
    type: ["type", CompactionBodyType$inboundSchema],
    id: ["id", z.string()],
    encryptedContent: ["encrypted_content", z.string()],
    createdBy: ["created_by", z.string().optional()],
  },
);

export const CompactionBody$outboundSchema: z.ZodType<CompactionBody$Outbound, CompactionBody> = objectOutbound<CompactionBody, CompactionBody$Outbound>(
  {
    type: ["type", CompactionBodyType$outboundSchema],
    id: ["id", z.string()],
    encryptedContent: ["encrypted_content", z.string()],
    createdBy: ["created_by", z.string().optional()],
  },
);

export function compactionBodyToJSON(value: CompactionBody): string {
  return stringifyJSON(value, CompactionBody$outboundSchema, "CompactionBody");
}

export function compactionBodyFromJSON(
  jsonString: string,
): SafeParseResult<CompactionBody, SDKValidationError> {
  return safeParseJSON(jsonString, CompactionBody$inboundSchema, "CompactionBody");
}
