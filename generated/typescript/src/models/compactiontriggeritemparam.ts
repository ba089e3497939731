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

export const CompactionTriggerItemParamType = {
  CompactionTrigger: "compaction_trigger",
} as const;
export type CompactionTriggerItemParamType = ClosedEnum<typeof CompactionTriggerItemParamType>;

export const CompactionTriggerItemParamType$inboundSchema: z.ZodType<CompactionTriggerItemParamType, unknown> = enumSchema(CompactionTriggerItemParamType);

export const CompactionTriggerItemParamType$outboundSchema: z.ZodType<CompactionTriggerItemParamType, CompactionTriggerItemParamType> = enumSchema(CompactionTriggerItemParamType);

export function compactionTriggerItemParamTypeToJSON(value: CompactionTriggerItemParamType): string {
  return stringifyJSON(value, CompactionTriggerItemParamType$outboundSchema, "CompactionTriggerItemParamType");
}

export function compactionTriggerItemParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<CompactionTriggerItemParamType, SDKValidationError> {
  return safeParseJSON(jsonString, CompactionTriggerItemParamType$inboundSchema, "CompactionTriggerItemParamType");
}

export type CompactionTriggerItemParam = {
  type: CompactionTriggerItemParamType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CompactionTriggerItemParam as it is sent on the wire. */
export type CompactionTriggerItemParam$Outbound = {
  type: CompactionTriggerItemParamType;
  [k: string]: unknown;
};

export const CompactionTriggerItemParam$inboundSchema: z.ZodType<CompactionTriggerItemParam, unknown> = objectInbound<CompactionTriggerItemParam>(
  {
    type: ["type", CompactionTriggerItemParamType$inboundSchema],
  },
);

export const CompactionTriggerItemParam$outboundSchema: z.ZodType<CompactionTriggerItemParam$Outbound, CompactionTriggerItemParam> = objectOutbound<CompactionTriggerItemParam, CompactionTriggerItemParam$Outbound>(
  {
    type: ["type", CompactionTriggerItemParamType$outboundSchema],
  },
);

export function compactionTriggerItemParamToJSON(value: CompactionTriggerItemParam): string {
  return stringifyJSON(value, CompactionTriggerItemParam$outboundSchema, "CompactionTriggerItemParam");
}

export function compactionTriggerItemParamFromJSON(
  jsonString: string,
): SafeParseResult<CompactionTriggerItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, CompactionTriggerItemParam$inboundSchema, "CompactionTriggerItemParam");
}
