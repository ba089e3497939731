// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type ShellCallOutputDelta = {
  stdout?: string | undefined;
  stderr?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ShellCallOutputDelta as it is sent on the wire. */
export type ShellCallOutputDelta$Outbound = {
  stdout?: string | undefined;
  stderr?: string | undefined;
  [k: string]: unknown;
};

export const ShellCallOutputDelta$inboundSchema: z.ZodType<ShellCallOutputDelta, unknown> = objectInbound<ShellCallOutputDelta>(
  {
    stdout: ["stdout", z.string().optional()],
    stderr: ["stderr", z.string().optional()],
  },
);

export const ShellCallOutputDelta$outboundSchema: z.ZodType<ShellCallOutputDelta$Outbound, ShellCallOutputDelta> = objectOutbound<ShellCallOutputDelta, ShellCallOutputDelta$Outbound>(
  {
    stdout: ["stdout", z.string().optional()],
    stderr: ["stderr", z.string().optional()],
  },
);

export function shellCallOutputDeltaToJSON(value: ShellCallOutputDelta): string {
  return stringifyJSON(value, ShellCallOutputDelta$outboundSchema, "ShellCallOutputDelta");
}

export function shellCallOutputDeltaFromJSON(
  jsonString: string,
): SafeParseResult<ShellCallOutputDelta, SDKValidationError> {
  return safeParseJSON(jsonString, ShellCallOutputDelta$inboundSchema, "ShellCallOutputDelta");
}
