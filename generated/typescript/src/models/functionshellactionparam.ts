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

export const FunctionShellActionParam$inboundSchema: z.ZodType<FunctionShellActionParam, unknown> = objectInbound(
  {
    commands: z.array(z.string()),
    timeout_ms: z.int().nullable().optional(),
    max_output_length: z.int().nullable().optional(),
  },
  (v) => ({
    commands: v.commands,
    ...(v.timeout_ms === undefined ? {} : { timeoutMs: v.timeout_ms }),
    ...(v.max_output_length === undefined ? {} : { maxOutputLength: v.max_output_length }),
    ...collectAdditionalProperties(v, ["commands", "timeout_ms", "max_output_length"]),
  }),
);

export const FunctionShellActionParam$outboundSchema: z.ZodType<FunctionShellActionParam$Outbound, FunctionShellActionParam> = objectOutbound(
  {
    commands: z.array(z.string()),
    timeoutMs: z.int().nullable().optional(),
    maxOutputLength: z.int().nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    commands: v.commands,
    ...(v.timeoutMs === undefined ? {} : { timeout_ms: v.timeoutMs }),
    ...(v.maxOutputLength === undefined ? {} : { max_output_length: v.maxOutputLength }),
    ...emitAdditionalProperties(v.additionalProperties, ["commands", "timeout_ms", "max_output_length"]),
  }),
);

export function functionShellActionParamToJSON(value: FunctionShellActionParam): string {
  return stringifyJSON(value, FunctionShellActionParam$outboundSchema, "FunctionShellActionParam");
}

export function functionShellActionParamFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellActionParam, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellActionParam$inboundSchema, "FunctionShellActionParam");
}
