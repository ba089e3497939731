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

export const InlineSkillSourceParamType = {
  Base64: "base64",
} as const;
export type InlineSkillSourceParamType = ClosedEnum<typeof InlineSkillSourceParamType>;

export const InlineSkillSourceParamType$inboundSchema: z.ZodType<InlineSkillSourceParamType, unknown> = enumSchema(InlineSkillSourceParamType);

export const InlineSkillSourceParamType$outboundSchema: z.ZodType<InlineSkillSourceParamType, InlineSkillSourceParamType> = enumSchema(InlineSkillSourceParamType);

export function inlineSkillSourceParamTypeToJSON(value: InlineSkillSourceParamType): string {
  return stringifyJSON(value, InlineSkillSourceParamType$outboundSchema, "InlineSkillSourceParamType");
}

export function inlineSkillSourceParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<InlineSkillSourceParamType, SDKValidationError> {
  return safeParseJSON(jsonString, InlineSkillSourceParamType$inboundSchema, "InlineSkillSourceParamType");
}

export const InlineSkillSourceParamMediaType = {
  ApplicationZip: "application/zip",
} as const;
export type InlineSkillSourceParamMediaType = ClosedEnum<typeof InlineSkillSourceParamMediaType>;

export const InlineSkillSourceParamMediaType$inboundSchema: z.ZodType<InlineSkillSourceParamMediaType, unknown> = enumSchema(InlineSkillSourceParamMediaType);

export const InlineSkillSourceParamMediaType$outboundSchema: z.ZodType<InlineSkillSourceParamMediaType, InlineSkillSourceParamMediaType> = enumSchema(InlineSkillSourceParamMediaType);

export function inlineSkillSourceParamMediaTypeToJSON(value: InlineSkillSourceParamMediaType): string {
  return stringifyJSON(value, InlineSkillSourceParamMediaType$outboundSchema, "InlineSkillSourceParamMediaType");
}

export function inlineSkillSourceParamMediaTypeFromJSON(
  jsonString: string,
): SafeParseResult<InlineSkillSourceParamMediaType, SDKValidationError> {
  return safeParseJSON(jsonString, InlineSkillSourceParamMediaType$inboundSchema, "InlineSkillSourceParamMediaType");
}

export type InlineSkillSourceParam = {
  type: InlineSkillSourceParamType;
  mediaType: InlineSkillSourceParamMediaType;
  data: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** InlineSkillSourceParam as it is sent on the wire. */
export type InlineSkillSourceParam$Outbound = {
  type: InlineSkillSourceParamType;
  media_type: InlineSkillSourceParamMediaType;
  data: string;
  [k: string]: unknown;
};

export const InlineSkillSourceParam$inboundSchema: z.ZodType<InlineSkillSourceParam, unknown> = objectInbound<InlineSkillSourceParam>(
  {
    type: ["type", InlineSkillSourceParamType$inboundSchema],
    mediaType: ["media_type", InlineSkillSourceParamMediaType$inboundSchema],
    data: ["data", z.string().min(1).max(70254592)],
  },
);

export const InlineSkillSourceParam$outboundSchema: z.ZodType<InlineSkillSourceParam$Outbound, InlineSkillSourceParam> = objectOutbound<InlineSkillSourceParam, InlineSkillSourceParam$Outbound>(
  {
    type: ["type", InlineSkillSourceParamType$outboundSchema],
    mediaType: ["media_type", InlineSkillSourceParamMediaType$outboundSchema],
    data: ["data", z.string().min(1).max(70254592)],
  },
);

export function inlineSkillSourceParamToJSON(value: InlineSkillSourceParam): string {
  return stringifyJSON(value, InlineSkillSourceParam$outboundSchema, "InlineSkillSourceParam");
}

export function inlineSkillSourceParamFromJSON(
  jsonString: string,
): SafeParseResult<InlineSkillSourceParam, SDKValidationError> {
  return safeParseJSON(jsonString, InlineSkillSourceParam$inboundSchema, "InlineSkillSourceParam");
}
