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
  LocalSkillParam$inboundSchema,
  LocalSkillParam$outboundSchema,
  type LocalSkillParam,
  type LocalSkillParam$Outbound,
} from "./localskillparam.js";

export const LocalEnvironmentParamType = {
  Local: "local",
} as const;
export type LocalEnvironmentParamType = ClosedEnum<typeof LocalEnvironmentParamType>;

export const LocalEnvironmentParamType$inboundSchema: z.ZodType<LocalEnvironmentParamType, unknown> = enumSchema(LocalEnvironmentParamType);

export const LocalEnvironmentParamType$outboundSchema: z.ZodType<LocalEnvironmentParamType, LocalEnvironmentParamType> = enumSchema(LocalEnvironmentParamType);

export function localEnvironmentParamTypeToJSON(value: LocalEnvironmentParamType): string {
  return stringifyJSON(value, LocalEnvironmentParamType$outboundSchema, "LocalEnvironmentParamType");
}

export function localEnvironmentParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<LocalEnvironmentParamType, SDKValidationError> {
  return safeParseJSON(jsonString, LocalEnvironmentParamType$inboundSchema, "LocalEnvironmentParamType");
}

export type LocalEnvironmentParam = {
  type: LocalEnvironmentParamType;
  skills?: Array<LocalSkillParam> | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** LocalEnvironmentParam as it is sent on the wire. */
export type LocalEnvironmentParam$Outbound = {
  type: LocalEnvironmentParamType;
  skills?: Array<LocalSkillParam$Outbound> | undefined;
  [k: string]: unknown;
};

export const LocalEnvironmentParam$inboundSchema: z.ZodType<LocalEnvironmentParam, unknown> = objectInbound<LocalEnvironmentParam>(
  {
    type: ["type", LocalEnvironmentParamType$inboundSchema],
    skills: ["skills", z.array(LocalSkillParam$inboundSchema).max(200).optional()],
  },
);

export const LocalEnvironmentParam$outboundSchema: z.ZodType<LocalEnvironmentParam$Outbound, LocalEnvironmentParam> = objectOutbound<LocalEnvironmentParam, LocalEnvironmentParam$Outbound>(
  {
    type: ["type", LocalEnvironmentParamType$outboundSchema],
    skills: ["skills", z.array(LocalSkillParam$outboundSchema).max(200).optional()],
  },
);

export function localEnvironmentParamToJSON(value: LocalEnvironmentParam): string {
  return stringifyJSON(value, LocalEnvironmentParam$outboundSchema, "LocalEnvironmentParam");
}

export function localEnvironmentParamFromJSON(
  jsonString: string,
): SafeParseResult<LocalEnvironmentParam, SDKValidationError> {
  return safeParseJSON(jsonString, LocalEnvironmentParam$inboundSchema, "LocalEnvironmentParam");
}
