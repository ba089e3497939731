// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type FunctionShellActionParam = {
  commands: Array<string>;
  timeoutMs?: number | null | undefined;
  maxOutputLength?: number | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionShellActionParam as it is sent on the wire. */
export type FunctionShellActionParam$Outbound = {
  commands: Array<string>;
  timeout_ms?: number | null | undefined;
  max_output_length?: number | null | undefined;
  [k: string]: unknown;
};

export const FunctionShellActionParam$inboundSchema: z.ZodType<FunctionShellActionParam, unknown> = objectInbound<FunctionShellActionParam>(
  {
    commands: ["commands", z.array(z.string())],
    timeoutMs: ["timeout_ms", z.int().nullable().optional()],
    maxOutputLength: ["max_output_length", z.int().nullable().optional()],
  },
);

export const FunctionShellActionParam$outboundSchema: z.ZodType<FunctionShellActionParam$Outbound, FunctionShellActionParam> = objectOutbound<FunctionShellActionParam, FunctionShellActionParam$Outbound>(
  {
    commands: ["commands", z.array(z.string())],
    timeoutMs: ["timeout_ms", z.int().nullable().optional()],
    maxOutputLength: ["max_output_length", z.int().nullable().optional()],
  },
);

export function functionShellActionParamToJSON(value: FunctionShellActionParam): string {
  return stringifyJSON(value, FunctionShellActionParam$outboundSchema, "FunctionShellActionParam");
}

export function functionShellActionParamFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellActionParam, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellActionParam$inboundSchema, "FunctionShellActionParam");
}
