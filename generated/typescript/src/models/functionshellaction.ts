// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";

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

export const FunctionShellAction$inboundSchema: z.ZodType<FunctionShellAction, unknown> = objectInbound(
  {
    commands: z.array(z.string()),
    timeout_ms: z.int().nullable(),
    max_output_length: z.int().nullable(),
  },
  (v) => ({
    commands: v.commands,
    timeoutMs: v.timeout_ms,
    maxOutputLength: v.max_output_length,
    ...collectAdditionalProperties(v, ["commands", "timeout_ms", "max_output_length"]),
  }),
);

export const FunctionShellAction$outboundSchema: z.ZodType<FunctionShellAction$Outbound, FunctionShellAction> = objectOutbound(
  {
    commands: z.array(z.string()),
    timeoutMs: z.int().nullable(),
    maxOutputLength: z.int().nullable(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    commands: v.commands,
    timeout_ms: v.timeoutMs,
    max_output_length: v.maxOutputLength,
    ...emitAdditionalProperties(v.additionalProperties, ["commands", "timeout_ms", "max_output_length"]),
  }),
);

export function functionShellActionToJSON(value: FunctionShellAction): string {
  return stringifyJSON(value, FunctionShellAction$outboundSchema, "FunctionShellAction");
}

export function functionShellActionFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellAction, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellAction$inboundSchema, "FunctionShellAction");
}
