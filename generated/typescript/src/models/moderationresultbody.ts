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

export const ModerationResultBody$inboundSchema: z.ZodType<ModerationResultBody, unknown> = objectInbound(
  {
    type: ModerationResultBodyType$inboundSchema,
    model: z.string(),
    flagged: z.boolean(),
    categories: recordSchema(z.boolean()),
    category_scores: recordSchema(z.number()),
    category_applied_input_types: recordSchema(z.array(ModerationInputType$inboundSchema)),
  },
  (v) => ({
    type: v.type,
    model: v.model,
    flagged: v.flagged,
    categories: v.categories,
    categoryScores: v.category_scores,
    categoryAppliedInputTypes: v.category_applied_input_types,
    ...collectAdditionalProperties(v, ["type", "model", "flagged", "categories", "category_scores", "category_applied_input_types"]),
  }),
);

export const ModerationResultBody$outboundSchema: z.ZodType<ModerationResultBody$Outbound, ModerationResultBody> = objectOutbound(
  {
    type: ModerationResultBodyType$outboundSchema,
    model: z.string(),
    flagged: z.boolean(),
    categories: recordSchema(z.boolean()),
    categoryScores: recordSchema(z.number()),
    categoryAppliedInputTypes: recordSchema(z.array(ModerationInputType$outboundSchema)),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    model: v.model,
    flagged: v.flagged,
    categories: v.categories,
    category_scores: v.categoryScores,
    category_applied_input_types: v.categoryAppliedInputTypes,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "model", "flagged", "categories", "category_scores", "category_applied_input_types"]),
  }),
);

export function moderationResultBodyToJSON(value: ModerationResultBody): string {
  return stringifyJSON(value, ModerationResultBody$outboundSchema, "ModerationResultBody");
}

export function moderationResultBodyFromJSON(
  jsonString: string,
): SafeParseResult<ModerationResultBody, SDKValidationError> {
  return safeParseJSON(jsonString, ModerationResultBody$inboundSchema, "ModerationResultBody");
}
