// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";

export type HybridSearchOptions = {
  embeddingWeight: number;
  textWeight: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** HybridSearchOptions as it is sent on the wire. */
export type HybridSearchOptions$Outbound = {
  embedding_weight: number;
  text_weight: number;
  [k: string]: unknown;
};

export const HybridSearchOptions$inboundSchema: z.ZodType<HybridSearchOptions, unknown> = objectInbound(
  {
    embedding_weight: z.number(),
    text_weight: z.number(),
  },
  (v) => ({
    embeddingWeight: v.embedding_weight,
    textWeight: v.text_weight,
    ...collectAdditionalProperties(v, ["embedding_weight", "text_weight"]),
  }),
);

export const HybridSearchOptions$outboundSchema: z.ZodType<HybridSearchOptions$Outbound, HybridSearchOptions> = objectOutbound(
  {
    embeddingWeight: z.number(),
    textWeight: z.number(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    embedding_weight: v.embeddingWeight,
    text_weight: v.textWeight,
    ...emitAdditionalProperties(v.additionalProperties, ["embedding_weight", "text_weight"]),
  }),
);

export function hybridSearchOptionsToJSON(value: HybridSearchOptions): string {
  return stringifyJSON(value, HybridSearchOptions$outboundSchema, "HybridSearchOptions");
}

export function hybridSearchOptionsFromJSON(
  jsonString: string,
): SafeParseResult<HybridSearchOptions, SDKValidationError> {
  return safeParseJSON(jsonString, HybridSearchOptions$inboundSchema, "HybridSearchOptions");
}
