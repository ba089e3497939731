// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type FunctionShellAction = {
  commands: Array<string>;
  timeoutMs: number | null;
  maxOutputLength: number | null;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionShellAction as it is sent on the wire. */
export type FunctionShellAction$Outbound = {
  commands: Array<string>;
  timeout_ms: number | null;
  max_output_length: number | null;
  [k: string]: unknown;
};

export const FunctionShellAction$inboundSchema: z.ZodType<FunctionShellAction, unknown> = objectInbound<FunctionShellAction>(
  {
    commands: ["commands", z.array(z.string())],
    timeoutMs: ["timeout_ms", z.int().nullable()],
    maxOutputLength: ["max_output_length", z.int().nullable()],
  },
);

export const FunctionShellAction$outboundSchema: z.ZodType<FunctionShellAction$Outbound, FunctionShellAction> = objectOutbound<FunctionShellAction, FunctionShellAction$Outbound>(
  {
    commands: ["commands", z.array(z.string())],
    timeoutMs: ["timeout_ms", z.int().nullable()],
    maxOutputLength: ["max_output_length", z.int().nullable()],
  },
);

export function functionShellActionToJSON(value: FunctionShellAction): string {
  return stringifyJSON(value, FunctionShellAction$outboundSchema, "FunctionShellAction");
}

export function functionShellActionFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellAction, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellAction$inboundSchema, "FunctionShellAction");
}
