// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

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

export const HybridSearchOptions$inboundSchema: z.ZodType<HybridSearchOptions, unknown> = objectInbound<HybridSearchOptions>(
  {
    embeddingWeight: ["embedding_weight", z.number()],
    textWeight: ["text_weight", z.number()],
  },
);

export const HybridSearchOptions$outboundSchema: z.ZodType<HybridSearchOptions$Outbound, HybridSearchOptions> = objectOutbound<HybridSearchOptions, HybridSearchOptions$Outbound>(
  {
    embeddingWeight: ["embedding_weight", z.number()],
    textWeight: ["text_weight", z.number()],
  },
);

export function hybridSearchOptionsToJSON(value: HybridSearchOptions): string {
  return stringifyJSON(value, HybridSearchOptions$outboundSchema, "HybridSearchOptions");
}

export function hybridSearchOptionsFromJSON(
  jsonString: string,
): SafeParseResult<HybridSearchOptions, SDKValidationError> {
  return safeParseJSON(jsonString, HybridSearchOptions$inboundSchema, "HybridSearchOptions");
}
