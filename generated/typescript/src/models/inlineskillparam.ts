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
  InlineSkillSourceParam$inboundSchema,
  InlineSkillSourceParam$outboundSchema,
  type InlineSkillSourceParam,
  type InlineSkillSourceParam$Outbound,
} from "./inlineskillsourceparam.js";

export const InlineSkillParamType = {
  Inline: "inline",
} as const;
export type InlineSkillParamType = ClosedEnum<typeof InlineSkillParamType>;

export const InlineSkillParamType$inboundSchema: z.ZodType<InlineSkillParamType, unknown> = enumSchema(InlineSkillParamType);

export const InlineSkillParamType$outboundSchema: z.ZodType<InlineSkillParamType, InlineSkillParamType> = enumSchema(InlineSkillParamType);

export function inlineSkillParamTypeToJSON(value: InlineSkillParamType): string {
  return stringifyJSON(value, InlineSkillParamType$outboundSchema, "InlineSkillParamType");
}

export function inlineSkillParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<InlineSkillParamType, SDKValidationError> {
  return safeParseJSON(jsonString, InlineSkillParamType$inboundSchema, "InlineSkillParamType");
}

export type InlineSkillParam = {
  type: InlineSkillParamType;
  name: string;
  description: string;
  source: InlineSkillSourceParam;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** InlineSkillParam as it is sent on the wire. */
export type InlineSkillParam$Outbound = {
  type: InlineSkillParamType;
  name: string;
  description: string;
  source: InlineSkillSourceParam$Outbound;
  [k: string]: unknown;
};

export const InlineSkillParam$inboundSchema: z.ZodType<InlineSkillParam, unknown> = objectInbound<InlineSkillParam>(
  {
    type: ["type", InlineSkillParamType$inboundSchema],
    name: ["name", z.string()],
    description: ["description", z.string()],
    source: ["source", InlineSkillSourceParam$inboundSchema],
  },
);

export const InlineSkillParam$outboundSchema: z.ZodType<InlineSkillParam$Outbound, InlineSkillParam> = objectOutbound<InlineSkillParam, InlineSkillParam$Outbound>(
  {
    type: ["type", InlineSkillParamType$outboundSchema],
    name: ["name", z.string()],
    description: ["description", z.string()],
    source: ["source", InlineSkillSourceParam$outboundSchema],
  },
);

export function inlineSkillParamToJSON(value: InlineSkillParam): string {
  return stringifyJSON(value, InlineSkillParam$outboundSchema, "InlineSkillParam");
}

export function inlineSkillParamFromJSON(
  jsonString: string,
): SafeParseResult<InlineSkillParam, SDKValidationError> {
  return safeParseJSON(jsonString, InlineSkillParam$inboundSchema, "InlineSkillParam");
}
