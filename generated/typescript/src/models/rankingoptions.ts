// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";
import {
  HybridSearchOptions$inboundSchema,
  HybridSearchOptions$outboundSchema,
  type HybridSearchOptions,
  type HybridSearchOptions$Outbound,
} from "./hybridsearchoptions.js";
import {
  RankerVersionType$inboundSchema,
  RankerVersionType$outboundSchema,
  type RankerVersionType,
} from "./rankerversiontype.js";

export type RankingOptions = {
  ranker?: RankerVersionType | undefined;
  scoreThreshold?: number | undefined;
  hybridSearch?: HybridSearchOptions | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** RankingOptions as it is sent on the wire. */
export type RankingOptions$Outbound = {
  ranker?: RankerVersionType | undefined;
  score_threshold?: number | undefined;
  hybrid_search?: HybridSearchOptions$Outbound | undefined;
  [k: string]: unknown;
};

export const RankingOptions$inboundSchema: z.ZodType<RankingOptions, unknown> = objectInbound<RankingOptions>(
  {
    ranker: ["ranker", RankerVersionType$inboundSchema.optional()],
    scoreThreshold: ["score_threshold", z.number().optional()],
    hybridSearch: ["hybrid_search", HybridSearchOptions$inboundSchema.optional()],
  },
);

export const RankingOptions$outboundSchema: z.ZodType<RankingOptions$Outbound, RankingOptions> = objectOutbound<RankingOptions, RankingOptions$Outbound>(
  {
    ranker: ["ranker", RankerVersionType$outboundSchema.optional()],
    scoreThreshold: ["score_threshold", z.number().optional()],
    hybridSearch: ["hybrid_search", HybridSearchOptions$outboundSchema.optional()],
  },
);

export function rankingOptionsToJSON(value: RankingOptions): string {
  return stringifyJSON(value, RankingOptions$outboundSchema, "RankingOptions");
}

export function rankingOptionsFromJSON(
  jsonString: string,
): SafeParseResult<RankingOptions, SDKValidationError> {
  return safeParseJSON(jsonString, RankingOptions$inboundSchema, "RankingOptions");
}
