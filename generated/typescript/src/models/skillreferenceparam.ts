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

export const SkillReferenceParamType = {
  SkillReference: "skill_reference",
} as const;
export type SkillReferenceParamType = ClosedEnum<typeof SkillReferenceParamType>;

export const SkillReferenceParamType$inboundSchema: z.ZodType<SkillReferenceParamType, unknown> = enumSchema(SkillReferenceParamType);

export const SkillReferenceParamType$outboundSchema: z.ZodType<SkillReferenceParamType, SkillReferenceParamType> = enumSchema(SkillReferenceParamType);

export function skillReferenceParamTypeToJSON(value: SkillReferenceParamType): string {
  return stringifyJSON(value, SkillReferenceParamType$outboundSchema, "SkillReferenceParamType");
}

export function skillReferenceParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<SkillReferenceParamType, SDKValidationError> {
  return safeParseJSON(jsonString, SkillReferenceParamType$inboundSchema, "SkillReferenceParamType");
}

export type SkillReferenceParam = {
  type: SkillReferenceParamType;
  skillId: string;
  version?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** SkillReferenceParam as it is sent on the wire. */
export type SkillReferenceParam$Outbound = {
  type: SkillReferenceParamType;
  skill_id: string;
  version?: string | undefined;
  [k: string]: unknown;
};

export const SkillReferenceParam$inboundSchema: z.ZodType<SkillReferenceParam, unknown> = objectInbound<SkillReferenceParam>(
  {
    type: ["type", SkillReferenceParamType$inboundSchema],
    skillId: ["skill_id", z.string().min(1).max(64)],
    version: ["version", z.string().optional()],
  },
);

export const SkillReferenceParam$outboundSchema: z.ZodType<SkillReferenceParam$Outbound, SkillReferenceParam> = objectOutbound<SkillReferenceParam, SkillReferenceParam$Outbound>(
  {
    type: ["type", SkillReferenceParamType$outboundSchema],
    skillId: ["skill_id", z.string().min(1).max(64)],
    version: ["version", z.string().optional()],
  },
);

export function skillReferenceParamToJSON(value: SkillReferenceParam): string {
  return stringifyJSON(value, SkillReferenceParam$outboundSchema, "SkillReferenceParam");
}

export function skillReferenceParamFromJSON(
  jsonString: string,
): SafeParseResult<SkillReferenceParam, SDKValidationError> {
  return safeParseJSON(jsonString, SkillReferenceParam$inboundSchema, "SkillReferenceParam");
}
