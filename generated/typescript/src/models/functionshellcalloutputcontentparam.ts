// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";
import {
  FunctionShellCallOutputOutcomeParam$inboundSchema,
  FunctionShellCallOutputOutcomeParam$outboundSchema,
  type FunctionShellCallOutputOutcomeParam,
  type FunctionShellCallOutputOutcomeParam$Outbound,
} from "./functionshellcalloutputoutcomeparam.js";

export type FunctionShellCallOutputContentParam = {
  stdout: string;
  stderr: string;
  outcome: FunctionShellCallOutputOutcomeParam;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionShellCallOutputContentParam as it is sent on the wire. */
export type FunctionShellCallOutputContentParam$Outbound = {
  stdout: string;
  stderr: string;
  outcome: FunctionShellCallOutputOutcomeParam$Outbound;
  [k: string]: unknown;
};

export const FunctionShellCallOutputContentParam$inboundSchema: z.ZodType<FunctionShellCallOutputContentParam, unknown> = objectInbound<FunctionShellCallOutputContentParam>(
  {
    stdout: ["stdout", z.string().max(10485760)],
    stderr: ["stderr", z.string().max(10485760)],
    outcome: ["outcome", FunctionShellCallOutputOutcomeParam$inboundSchema],
  },
);

export const FunctionShellCallOutputContentParam$outboundSchema: z.ZodType<FunctionShellCallOutputContentParam$Outbound, FunctionShellCallOutputContentParam> = objectOutbound<FunctionShellCallOutputContentParam, FunctionShellCallOutputContentParam$Outbound>(
  {
    stdout: ["stdout", z.string().max(10485760)],
    stderr: ["stderr", z.string().max(10485760)],
    outcome: ["outcome", FunctionShellCallOutputOutcomeParam$outboundSchema],
  },
);

export function functionShellCallOutputContentParamToJSON(value: FunctionShellCallOutputContentParam): string {
  return stringifyJSON(value, FunctionShellCallOutputContentParam$outboundSchema, "FunctionShellCallOutputContentParam");
}

export function functionShellCallOutputContentParamFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputContentParam, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputContentParam$inboundSchema, "FunctionShellCallOutputContentParam");
}
