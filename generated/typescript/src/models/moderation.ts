// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  ModerationErrorBody$inboundSchema,
  ModerationErrorBody$outboundSchema,
  type ModerationErrorBody,
  type ModerationErrorBody$Outbound,
} from "./moderationerrorbody.js";
import {
  ModerationResultBody$inboundSchema,
  ModerationResultBody$outboundSchema,
  type ModerationResultBody,
  type ModerationResultBody$Outbound,
} from "./moderationresultbody.js";

export type ModerationInputResult =
  | ModerationResultBody
  | ModerationErrorBody
  | ModerationInputResultUnknown;

/**
 * The member of ModerationInputResult for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type ModerationInputResultUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isModerationInputResultUnknown(value: ModerationInputResult): value is ModerationInputResultUnknown {
  return value.type === undefined;
}

/** ModerationInputResult as it is sent on the wire. */
export type ModerationInputResult$Outbound =
  | ModerationResultBody$Outbound
  | ModerationErrorBody$Outbound
  | { [k: string]: unknown };

export const ModerationInputResult$inboundSchema: z.ZodType<ModerationInputResult, unknown> = discriminatedUnionInbound(
  "type",
  {
    moderation_result: ModerationResultBody$inboundSchema,
    error: ModerationErrorBody$inboundSchema,
  },
);

export const ModerationInputResult$outboundSchema: z.ZodType<ModerationInputResult$Outbound, ModerationInputResult> = discriminatedUnionOutbound(
  "type",
  {
    moderation_result: ModerationResultBody$outboundSchema,
    error: ModerationErrorBody$outboundSchema,
  },
);

export function moderationInputResultToJSON(value: ModerationInputResult): string {
  return stringifyJSON(value, ModerationInputResult$outboundSchema, "ModerationInputResult");
}

export function moderationInputResultFromJSON(
  jsonString: string,
): SafeParseResult<ModerationInputResult, SDKValidationError> {
  return safeParseJSON(jsonString, ModerationInputResult$inboundSchema, "ModerationInputResult");
}

export type ModerationOutputResult =
  | ModerationResultBody
  | ModerationErrorBody
  | ModerationOutputResultUnknown;

/**
 * The member of ModerationOutputResult for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type ModerationOutputResultUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isModerationOutputResultUnknown(value: ModerationOutputResult): value is ModerationOutputResultUnknown {
  return value.type === undefined;
}

/** ModerationOutputResult as it is sent on the wire. */
export type ModerationOutputResult$Outbound =
  | ModerationResultBody$Outbound
  | ModerationErrorBody$Outbound
  | { [k: string]: unknown };

export const ModerationOutputResult$inboundSchema: z.ZodType<ModerationOutputResult, unknown> = discriminatedUnionInbound(
  "type",
  {
    moderation_result: ModerationResultBody$inboundSchema,
    error: ModerationErrorBody$inboundSchema,
  },
);

export const ModerationOutputResult$outboundSchema: z.ZodType<ModerationOutputResult$Outbound, ModerationOutputResult> = discriminatedUnionOutbound(
  "type",
  {
    moderation_result: ModerationResultBody$outboundSchema,
    error: ModerationErrorBody$outboundSchema,
  },
);

export function moderationOutputResultToJSON(value: ModerationOutputResult): string {
  return stringifyJSON(value, ModerationOutputResult$outboundSchema, "ModerationOutputResult");
}

export function moderationOutputResultFromJSON(
  jsonString: string,
): SafeParseResult<ModerationOutputResult, SDKValidationError> {
  return safeParseJSON(jsonString, ModerationOutputResult$inboundSchema, "ModerationOutputResult");
}

export type Moderation = {
  input: ModerationInputResult;
  output: ModerationOutputResult;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** Moderation as it is sent on the wire. */
export type Moderation$Outbound = {
  input: ModerationInputResult$Outbound;
  output: ModerationOutputResult$Outbound;
  [k: string]: unknown;
};

export const Moderation$inboundSchema: z.ZodType<Moderation, unknown> = objectInbound<Moderation>(
  {
    input: ["input", ModerationInputResult$inboundSchema],
    output: ["output", ModerationOutputResult$inboundSchema],
  },
);

export const Moderation$outboundSchema: z.ZodType<Moderation$Outbound, Moderation> = objectOutbound<Moderation, Moderation$Outbound>(
  {
    input: ["input", ModerationInputResult$outboundSchema],
    output: ["output", ModerationOutputResult$outboundSchema],
  },
);

export function moderationToJSON(value: Moderation): string {
  return stringifyJSON(value, Moderation$outboundSchema, "Moderation");
}

export function moderationFromJSON(
  jsonString: string,
): SafeParseResult<Moderation, SDKValidationError> {
  return safeParseJSON(jsonString, Moderation$inboundSchema, "Moderation");
}
