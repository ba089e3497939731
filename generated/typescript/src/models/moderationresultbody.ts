// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  enumSchema,
  objectInbound,
  objectOutbound,
  recordSchema,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  ModerationInputType$inboundSchema,
  ModerationInputType$outboundSchema,
  type ModerationInputType,
} from "./moderationinputtype.js";

export const ModerationResultBodyType = {
  ModerationResult: "moderation_result",
} as const;
export type ModerationResultBodyType = ClosedEnum<typeof ModerationResultBodyType>;

export const ModerationResultBodyType$inboundSchema: z.ZodType<ModerationResultBodyType, unknown> = enumSchema(ModerationResultBodyType);

export const ModerationResultBodyType$outboundSchema: z.ZodType<ModerationResultBodyType, ModerationResultBodyType> = enumSchema(ModerationResultBodyType);

export function moderationResultBodyTypeToJSON(value: ModerationResultBodyType): string {
  return stringifyJSON(value, ModerationResultBodyType$outboundSchema, "ModerationResultBodyType");
}

export function moderationResultBodyTypeFromJSON(
  jsonString: string,
): SafeParseResult<ModerationResultBodyType, SDKValidationError> {
  return safeParseJSON(jsonString, ModerationResultBodyType$inboundSchema, "ModerationResultBodyType");
}

export type ModerationResultBody = {
  type: ModerationResultBodyType;
  model: string;
  flagged: boolean;
  categories: { [k: string]: boolean };
  categoryScores: { [k: string]: number };
  categoryAppliedInputTypes: { [k: string]: Array<ModerationInputType> };
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ModerationResultBody as it is sent on the wire. */
export type ModerationResultBody$Outbound = {
  type: ModerationResultBodyType;
  model: string;
  flagged: boolean;
  categories: { [k: string]: boolean };
  category_scores: { [k: string]: number };
  category_applied_input_types: { [k: string]: Array<ModerationInputType> };
  [k: string]: unknown;
};

export const ModerationResultBody$inboundSchema: z.ZodType<ModerationResultBody, unknown> = objectInbound<ModerationResultBody>(
  {
    type: ["type", ModerationResultBodyType$inboundSchema],
    model: ["model", z.string()],
    flagged: ["flagged", z.boolean()],
    categories: ["categories", recordSchema(z.boolean())],
    categoryScores: ["category_scores", recordSchema(z.number())],
    categoryAppliedInputTypes: ["category_applied_input_types", recordSchema(z.array(ModerationInputType$inboundSchema))],
  },
);

export const ModerationResultBody$outboundSchema: z.ZodType<ModerationResultBody$Outbound, ModerationResultBody> = objectOutbound<ModerationResultBody, ModerationResultBody$Outbound>(
  {
    type: ["type", ModerationResultBodyType$outboundSchema],
    model: ["model", z.string()],
    flagged: ["flagged", z.boolean()],
    categories: ["categories", recordSchema(z.boolean())],
    categoryScores: ["category_scores", recordSchema(z.number())],
    categoryAppliedInputTypes: ["category_applied_input_types", recordSchema(z.array(ModerationInputType$outboundSchema))],
  },
);

export function moderationResultBodyToJSON(value: ModerationResultBody): string {
  return stringifyJSON(value, ModerationResultBody$outboundSchema, "ModerationResultBody");
}

export function moderationResultBodyFromJSON(
  jsonString: string,
): SafeParseResult<ModerationResultBody, SDKValidationError> {
  return safeParseJSON(jsonString, ModerationResultBody$inboundSchema, "ModerationResultBody");
}
