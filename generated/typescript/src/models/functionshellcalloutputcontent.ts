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
  FunctionShellCallOutputExitOutcome$inboundSchema,
  FunctionShellCallOutputExitOutcome$outboundSchema,
  type FunctionShellCallOutputExitOutcome,
  type FunctionShellCallOutputExitOutcome$Outbound,
} from "./functionshellcalloutputexitoutcome.js";
import {
  FunctionShellCallOutputTimeoutOutcome$inboundSchema,
  FunctionShellCallOutputTimeoutOutcome$outboundSchema,
  type FunctionShellCallOutputTimeoutOutcome,
  type FunctionShellCallOutputTimeoutOutcome$Outbound,
} from "./functionshellcalloutputtimeoutoutcome.js";

export type FunctionShellCallOutputContentOutcome =
  | FunctionShellCallOutputTimeoutOutcome
  | FunctionShellCallOutputExitOutcome
  | FunctionShellCallOutputContentOutcomeUnknown;

/**
 * The member of FunctionShellCallOutputContentOutcome for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type FunctionShellCallOutputContentOutcomeUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isFunctionShellCallOutputContentOutcomeUnknown(value: FunctionShellCallOutputContentOutcome): value is FunctionShellCallOutputContentOutcomeUnknown {
  return value.type === undefined;
}

/** FunctionShellCallOutputContentOutcome as it is sent on the wire. */
export type FunctionShellCallOutputContentOutcome$Outbound =
  | FunctionShellCallOutputTimeoutOutcome$Outbound
  | FunctionShellCallOutputExitOutcome$Outbound
  | { [k: string]: unknown };

export const FunctionShellCallOutputContentOutcome$inboundSchema: z.ZodType<FunctionShellCallOutputContentOutcome, unknown> = discriminatedUnionInbound(
  "type",
  {
    timeout: FunctionShellCallOutputTimeoutOutcome$inboundSchema,
    exit: FunctionShellCallOutputExitOutcome$inboundSchema,
  },
);

export const FunctionShellCallOutputContentOutcome$outboundSchema: z.ZodType<FunctionShellCallOutputContentOutcome$Outbound, FunctionShellCallOutputContentOutcome> = discriminatedUnionOutbound(
  "type",
  {
    timeout: FunctionShellCallOutputTimeoutOutcome$outboundSchema,
    exit: FunctionShellCallOutputExitOutcome$outboundSchema,
  },
);

export function functionShellCallOutputContentOutcomeToJSON(value: FunctionShellCallOutputContentOutcome): string {
  return stringifyJSON(value, FunctionShellCallOutputContentOutcome$outboundSchema, "FunctionShellCallOutputContentOutcome");
}

export function functionShellCallOutputContentOutcomeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputContentOutcome, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputContentOutcome$inboundSchema, "FunctionShellCallOutputContentOutcome");
}

export type FunctionShellCallOutputContent = {
  stdout: string;
  stderr: string;
  outcome: FunctionShellCallOutputContentOutcome;
  createdBy?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionShellCallOutputContent as it is sent on the wire. */
export type FunctionShellCallOutputContent$Outbound = {
  stdout: string;
  stderr: string;
  outcome: FunctionShellCallOutputContentOutcome$Outbound;
  created_by?: string | undefined;
  [k: string]: unknown;
};

export const FunctionShellCallOutputContent$inboundSchema: z.ZodType<FunctionShellCallOutputContent, unknown> = objectInbound<FunctionShellCallOutputContent>(
  {
    stdout: ["stdout", z.string()],
    stderr: ["stderr", z.string()],
    outcome: ["outcome", FunctionShellCallOutputContentOutcome$inboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export const FunctionShellCallOutputContent$outboundSchema: z.ZodType<FunctionShellCallOutputContent$Outbound, FunctionShellCallOutputContent> = objectOutbound<FunctionShellCallOutputContent, FunctionShellCallOutputContent$Outbound>(
  {
    stdout: ["stdout", z.string()],
    stderr: ["stderr", z.string()],
    outcome: ["outcome", FunctionShellCallOutputContentOutcome$outboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export function functionShellCallOutputContentToJSON(value: FunctionShellCallOutputContent): string {
  return stringifyJSON(value, FunctionShellCallOutputContent$outboundSchema, "FunctionShellCallOutputContent");
}

export function functionShellCallOutputContentFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputContent, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputContent$inboundSchema, "FunctionShellCallOutputContent");
}
