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

export const FileSearchTool$inboundSchema: z.ZodType<FileSearchTool, unknown> = objectInbound<FileSearchTool>(
  {
    type: ["type", FileSearchToolType$inboundSchema],
    vectorStoreIds: ["vector_store_ids", z.array(z.string())],
    maxNumResults: ["max_num_results", z.int().optional()],
    rankingOptions: ["ranking_options", RankingOptions$inboundSchema.optional()],
    filters: ["filters", Filters$inboundSchema.nullable().optional()],
  },
);

export const FileSearchTool$outboundSchema: z.ZodType<FileSearchTool$Outbound, FileSearchTool> = objectOutbound<FileSearchTool, FileSearchTool$Outbound>(
  {
    type: ["type", FileSearchToolType$outboundSchema],
    vectorStoreIds: ["vector_store_ids", z.array(z.string())],
    maxNumResults: ["max_num_results", z.int().optional()],
    rankingOptions: ["ranking_options", RankingOptions$outboundSchema.optional()],
    filters: ["filters", Filters$outboundSchema.nullable().optional()],
  },
);

export function fileSearchToolToJSON(value: FileSearchTool): string {
  return stringifyJSON(value, FileSearchTool$outboundSchema, "FileSearchTool");
}

export function fileSearchToolFromJSON(
  jsonString: string,
): SafeParseResult<FileSearchTool, SDKValidationError> {
  return safeParseJSON(jsonString, FileSearchTool$inboundSchema, "FileSearchTool");
}
