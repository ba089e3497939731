// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  enumSchema,
  safeParseJSON,
  stringifyJSON,
  untaggedUnionInbound,
  untaggedUnionOutbound,
} from "../lib/schemas.js";
import {
  ModelIdsShared$inboundSchema,
  ModelIdsShared$outboundSchema,
  type ModelIdsShared,
  type ModelIdsShared$Outbound,
} from "./modelidsshared.js";

export const ModelIdsResponsesResponsesOnlyModel = {
  O1Pro: "o1-pro",
  O1Pro20250319: "o1-pro-2025-03-19",
  O3Pro: "o3-pro",
  O3Pro20250610: "o3-pro-2025-06-10",
  O3DeepResearch: "o3-deep-research",
  O3DeepResearch20250626: "o3-deep-research-2025-06-26",
  O4MiniDeepResearch: "o4-mini-deep-research",
  O4MiniDeepResearch20250626: "o4-mini-deep-research-2025-06-26",
  ComputerUsePreview: "computer-use-preview",
  ComputerUsePreview20250311: "computer-use-preview-2025-03-11",
  Gpt55Pro: "gpt-5.5-pro",
  Gpt55Pro20260423: "gpt-5.5-pro-2026-04-23",
  Gpt5Codex: "gpt-5-codex",
  Gpt5Pro: "gpt-5-pro",
  Gpt5Pro20251006: "gpt-5-pro-2025-10-06",
  Gpt51CodexMax: "gpt-5.1-codex-max",
  GptDaybreakBlueLatest: "gpt-daybreak-blue-latest",
  GptDaybreakRedLatest: "gpt-daybreak-red-latest",
  Gpt56Cyber: "gpt-5.6-cyber",
} as const;
export type ModelIdsResponsesResponsesOnlyModel = ClosedEnum<typeof ModelIdsResponsesResponsesOnlyModel>;

export const ModelIdsResponsesResponsesOnlyModel$inboundSchema: z.ZodType<ModelIdsResponsesResponsesOnlyModel, unknown> = enumSchema(ModelIdsResponsesResponsesOnlyModel);

export const ModelIdsResponsesResponsesOnlyModel$outboundSchema: z.ZodType<ModelIdsResponsesResponsesOnlyModel, ModelIdsResponsesResponsesOnlyModel> = enumSchema(ModelIdsResponsesResponsesOnlyModel);

export function modelIdsResponsesResponsesOnlyModelToJSON(value: ModelIdsResponsesResponsesOnlyModel): string {
  return stringifyJSON(value, ModelIdsResponsesResponsesOnlyModel$outboundSchema, "ModelIdsResponsesResponsesOnlyModel");
}

export function modelIdsResponsesResponsesOnlyModelFromJSON(
  jsonString: string,
): SafeParseResult<ModelIdsResponsesResponsesOnlyModel, SDKValidationError> {
  return safeParseJSON(jsonString, ModelIdsResponsesResponsesOnlyModel$inboundSchema, "ModelIdsResponsesResponsesOnlyModel");
}

export type ModelIdsResponses =
  | ModelIdsShared
  | ModelIdsResponsesResponsesOnlyModel;

/** ModelIdsResponses as it is sent on the wire. */
export type ModelIdsResponses$Outbound =
  | ModelIdsShared$Outbound
  | ModelIdsResponsesResponsesOnlyModel;

/** Decodes a value as the first of these alternatives that accepts it. */
export const ModelIdsResponses$inboundSchema: z.ZodType<ModelIdsResponses, unknown> = untaggedUnionInbound(
  "ModelIdsResponses",
  [
    ModelIdsShared$inboundSchema,
    ModelIdsResponsesResponsesOnlyModel$inboundSchema,
  ],
  "one of: a string, \"o1-pro\" | \"o1-pro-2025-03-19\" | \"o3-pro\" | \"o3-pro-2025-06-10\" | \"o3-deep-research\" | \"o3-deep-research-2025-06-26\" | \"o4-mini-deep-research\" | \"o4-mini-deep-research-2025-06-26\" | \"computer-use-preview\" | \"computer-use-preview-2025-03-11\" | \"gpt-5.5-pro\" | \"gpt-5.5-pro-2026-04-23\" | \"gpt-5-codex\" | \"gpt-5-pro\" | \"gpt-5-pro-2025-10-06\" | \"gpt-5.1-codex-max\" | \"gpt-daybreak-blue-latest\" | \"gpt-daybreak-red-latest\" | \"gpt-5.6-cyber\"",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const ModelIdsResponses$outboundSchema: z.ZodType<ModelIdsResponses$Outbound, ModelIdsResponses> = untaggedUnionOutbound(
  "ModelIdsResponses",
  [
    ModelIdsShared$outboundSchema,
    ModelIdsResponsesResponsesOnlyModel$outboundSchema,
  ],
  "one of: a string, \"o1-pro\" | \"o1-pro-2025-03-19\" | \"o3-pro\" | \"o3-pro-2025-06-10\" | \"o3-deep-research\" | \"o3-deep-research-2025-06-26\" | \"o4-mini-deep-research\" | \"o4-mini-deep-research-2025-06-26\" | \"computer-use-preview\" | \"computer-use-preview-2025-03-11\" | \"gpt-5.5-pro\" | \"gpt-5.5-pro-2026-04-23\" | \"gpt-5-codex\" | \"gpt-5-pro\" | \"gpt-5-pro-2025-10-06\" | \"gpt-5.1-codex-max\" | \"gpt-daybreak-blue-latest\" | \"gpt-daybreak-red-latest\" | \"gpt-5.6-cyber\"",
);

export function modelIdsResponsesToJSON(value: ModelIdsResponses): string {
  return stringifyJSON(value, ModelIdsResponses$outboundSchema, "ModelIdsResponses");
}

export function modelIdsResponsesFromJSON(
  jsonString: string,
): SafeParseResult<ModelIdsResponses, SDKValidationError> {
  return safeParseJSON(jsonString, ModelIdsResponses$inboundSchema, "ModelIdsResponses");
}
