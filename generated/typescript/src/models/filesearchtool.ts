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
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  Filters$inboundSchema,
  Filters$outboundSchema,
  type Filters,
  type Filters$Outbound,
} from "./filters.js";
import {
  RankingOptions$inboundSchema,
  RankingOptions$outboundSchema,
  type RankingOptions,
  type RankingOptions$Outbound,
} from "./rankingoptions.js";

export const FileSearchToolType = {
  FileSearch: "file_search",
} as const;
export type FileSearchToolType = ClosedEnum<typeof FileSearchToolType>;

export const FileSearchToolType$inboundSchema: z.ZodType<FileSearchToolType, unknown> = enumSchema(FileSearchToolType);

export const FileSearchToolType$outboundSchema: z.ZodType<FileSearchToolType, FileSearchToolType> = enumSchema(FileSearchToolType);

export function fileSearchToolTypeToJSON(value: FileSearchToolType): string {
  return stringifyJSON(value, FileSearchToolType$outboundSchema, "FileSearchToolType");
}

export function fileSearchToolTypeFromJSON(
  jsonString: string,
): SafeParseResult<FileSearchToolType, SDKValidationError> {
  return safeParseJSON(jsonString, FileSearchToolType$inboundSchema, "FileSearchToolType");
}

export type FileSearchTool = {
  type: FileSearchToolType;
  vectorStoreIds: Array<string>;
  maxNumResults?: number | undefined;
  rankingOptions?: RankingOptions | undefined;
  filters?: Filters | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FileSearchTool as it is sent on the wire. */
export type FileSearchTool$Outbound = {
  type: FileSearchToolType;
  vector_store_ids: Array<string>;
  max_num_results?: number | undefined;
  ranking_options?: RankingOptions$Outbound | undefined;
  filters?: Filters$Outbound | null | undefined;
  [k: string]: unknown;
};

export const FileSearchTool$inboundSchema: z.ZodType<FileSearchTool, unknown> = objectInbound(
  {
    type: FileSearchToolType$inboundSchema,
    vector_store_ids: z.array(z.string()),
    max_num_results: z.int().optional(),
    ranking_options: RankingOptions$inboundSchema.optional(),
    filters: Filters$inboundSchema.nullable().optional(),
  },
  (v) => ({
    type: v.type,
    vectorStoreIds: v.vector_store_ids,
    ...(v.max_num_results === undefined ? {} : { maxNumResults: v.max_num_results }),
    ...(v.ranking_options === undefined ? {} : { rankingOptions: v.ranking_options }),
    ...(v.filters === undefined ? {} : { filters: v.filters }),
    ...collectAdditionalProperties(v, ["type", "vector_store_ids", "max_num_results", "ranking_options", "filters"]),
  }),
);

export const FileSearchTool$outboundSchema: z.ZodType<FileSearchTool$Outbound, FileSearchTool> = objectOutbound(
  {
    type: FileSearchToolType$outboundSchema,
    vectorStoreIds: z.array(z.string()),
    maxNumResults: z.int().optional(),
    rankingOptions: RankingOptions$outboundSchema.optional(),
    filters: Filters$outboundSchema.nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    vector_store_ids: v.vectorStoreIds,
    ...(v.maxNumResults === undefined ? {} : { max_num_results: v.maxNumResults }),
    ...(v.rankingOptions === undefined ? {} : { ranking_options: v.rankingOptions }),
    ...(v.filters === undefined ? {} : { filters: v.filters }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "vector_store_ids", "max_num_results", "ranking_options", "filters"]),
  }),
);

export function fileSearchToolToJSON(value: FileSearchTool): string {
  return stringifyJSON(value, FileSearchTool$outboundSchema, "FileSearchTool");
}

export function fileSearchToolFromJSON(
  jsonString: string,
): SafeParseResult<FileSearchTool, SDKValidationError> {
  return safeParseJSON(jsonString, FileSearchTool$inboundSchema, "FileSearchTool");
}
