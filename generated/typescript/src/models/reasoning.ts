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
  ReasoningEffort$inboundSchema,
  ReasoningEffort$outboundSchema,
  type ReasoningEffort,
} from "./reasoningeffort.js";
import {
  ReasoningModeEnum$inboundSchema,
  ReasoningModeEnum$outboundSchema,
  type ReasoningModeEnum,
  type ReasoningModeEnum$Outbound,
} from "./reasoningmodeenum.js";

export const ReasoningSummary = {
  Auto: "auto",
  Concise: "concise",
  Detailed: "detailed",
} as const;
export type ReasoningSummary = ClosedEnum<typeof ReasoningSummary>;

export const ReasoningSummary$inboundSchema: z.ZodType<ReasoningSummary, unknown> = enumSchema(ReasoningSummary);

export const ReasoningSummary$outboundSchema: z.ZodType<ReasoningSummary, ReasoningSummary> = enumSchema(ReasoningSummary);

export function reasoningSummaryToJSON(value: ReasoningSummary): string {
  return stringifyJSON(value, ReasoningSummary$outboundSchema, "ReasoningSummary");
}

export function reasoningSummaryFromJSON(
  jsonString: string,
): SafeParseResult<ReasoningSummary, SDKValidationError> {
  return safeParseJSON(jsonString, ReasoningSummary$inboundSchema, "ReasoningSummary");
}

export const ReasoningContext = {
  Auto: "auto",
  CurrentTurn: "current_turn",
  AllTurns: "all_turns",
} as const;
export type ReasoningContext = ClosedEnum<typeof ReasoningContext>;

export const ReasoningContext$inboundSchema: z.ZodType<ReasoningContext, unknown> = enumSchema(ReasoningContext);

export const ReasoningContext$outboundSchema: z.ZodType<ReasoningContext, ReasoningContext> = enumSchema(ReasoningContext);

export function reasoningContextToJSON(value: ReasoningContext): string {
  return stringifyJSON(value, ReasoningContext$outboundSchema, "ReasoningContext");
}

export function reasoningContextFromJSON(
  jsonString: string,
): SafeParseResult<ReasoningContext, SDKValidationError> {
  return safeParseJSON(jsonString, ReasoningContext$inboundSchema, "ReasoningContext");
}

/**
 * @deprecated
 */
export const ReasoningGenerateSummary = {
  Auto: "auto",
  Concise: "concise",
  Detailed: "detailed",
} as const;
/**
 * @deprecated
 */
export type ReasoningGenerateSummary = ClosedEnum<typeof ReasoningGenerateSummary>;

export const ReasoningGenerateSummary$inboundSchema: z.ZodType<ReasoningGenerateSummary, unknown> = enumSchema(ReasoningGenerateSummary);

export const ReasoningGenerateSummary$outboundSchema: z.ZodType<ReasoningGenerateSummary, ReasoningGenerateSummary> = enumSchema(ReasoningGenerateSummary);

export function reasoningGenerateSummaryToJSON(value: ReasoningGenerateSummary): string {
  return stringifyJSON(value, ReasoningGenerateSummary$outboundSchema, "ReasoningGenerateSummary");
}

export function reasoningGenerateSummaryFromJSON(
  jsonString: string,
): SafeParseResult<ReasoningGenerateSummary, SDKValidationError> {
  return safeParseJSON(jsonString, ReasoningGenerateSummary$inboundSchema, "ReasoningGenerateSummary");
}

export type Reasoning = {
  mode?: ReasoningModeEnum | undefined;
  effort?: ReasoningEffort | null | undefined;
  summary?: ReasoningSummary | null | undefined;
  context?: ReasoningContext | null | undefined;
  generateSummary?: ReasoningGenerateSummary | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** Reasoning as it is sent on the wire. */
export type Reasoning$Outbound = {
  mode?: ReasoningModeEnum$Outbound | undefined;
  effort?: ReasoningEffort | null | undefined;
  summary?: ReasoningSummary | null | undefined;
  context?: ReasoningContext | null | undefined;
  generate_summary?: ReasoningGenerateSummary | null | undefined;
  [k: string]: unknown;
};

export const Reasoning$inboundSchema: z.ZodType<Reasoning, unknown> = objectInbound<Reasoning>(
  {
    mode: ["mode", ReasoningModeEnum$inboundSchema.optional()],
    effort: ["effort", ReasoningEffort$inboundSchema.nullable().optional()],
    summary: ["summary", ReasoningSummary$inboundSchema.nullable().optional()],
    context: ["context", ReasoningContext$inboundSchema.nullable().optional()],
    generateSummary: ["generate_summary", ReasoningGenerateSummary$inboundSchema.nullable().optional()],
  },
);

export const Reasoning$outboundSchema: z.ZodType<Reasoning$Outbound, Reasoning> = objectOutbound<Reasoning, Reasoning$Outbound>(
  {
    mode: ["mode", ReasoningModeEnum$outboundSchema.optional()],
    effort: ["effort", ReasoningEffort$outboundSchema.nullable().optional()],
    summary: ["summary", ReasoningSummary$outboundSchema.nullable().optional()],
    context: ["context", ReasoningContext$outboundSchema.nullable().optional()],
    generateSummary: ["generate_summary", ReasoningGenerateSummary$outboundSchema.nullable().optional()],
  },
);

export function reasoningToJSON(value: Reasoning): string {
  return stringifyJSON(value, Reasoning$outboundSchema, "Reasoning");
}

export function reasoningFromJSON(
  jsonString: string,
): SafeParseResult<Reasoning, SDKValidationError> {
  return safeParseJSON(jsonString, Reasoning$inboundSchema, "Reasoning");
}
