// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  FunctionShellCallOutputExitOutcomeParam$inboundSchema,
  FunctionShellCallOutputExitOutcomeParam$outboundSchema,
  type FunctionShellCallOutputExitOutcomeParam,
  type FunctionShellCallOutputExitOutcomeParam$Outbound,
} from "./functionshellcalloutputexitoutcomeparam.js";
import {
  FunctionShellCallOutputTimeoutOutcomeParam$inboundSchema,
  FunctionShellCallOutputTimeoutOutcomeParam$outboundSchema,
  type FunctionShellCallOutputTimeoutOutcomeParam,
  type FunctionShellCallOutputTimeoutOutcomeParam$Outbound,
} from "./functionshellcalloutputtimeoutoutcomeparam.js";

export type FunctionShellCallOutputOutcomeParam =
  | FunctionShellCallOutputTimeoutOutcomeParam
  | FunctionShellCallOutputExitOutcomeParam
  | FunctionShellCallOutputOutcomeParamUnknown;

/**
 * The member of FunctionShellCallOutputOutcomeParam for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type FunctionShellCallOutputOutcomeParamUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isFunctionShellCallOutputOutcomeParamUnknown(value: FunctionShellCallOutputOutcomeParam): value is FunctionShellCallOutputOutcomeParamUnknown {
  return value.type === undefined;
}

/** FunctionShellCallOutputOutcomeParam as it is sent on the wire. */
export type FunctionShellCallOutputOutcomeParam$Outbound =
  | FunctionShellCallOutputTimeoutOutcomeParam$Outbound
  | FunctionShellCallOutputExitOutcomeParam$Outbound
  | { [k: string]: unknown };

export const FunctionShellCallOutputOutcomeParam$inboundSchema: z.ZodType<FunctionShellCallOutputOutcomeParam, unknown> = discriminatedUnionInbound(
  "type",
  {
    timeout: FunctionShellCallOutputTimeoutOutcomeParam$inboundSchema,
    exit: FunctionShellCallOutputExitOutcomeParam$inboundSchema,
  },
);

export const FunctionShellCallOutputOutcomeParam$outboundSchema: z.ZodType<FunctionShellCallOutputOutcomeParam$Outbound, FunctionShellCallOutputOutcomeParam> = discriminatedUnionOutbound(
  "type",
  {
    timeout: FunctionShellCallOutputTimeoutOutcomeParam$outboundSchema,
    exit: FunctionShellCallOutputExitOutcomeParam$outboundSchema,
  },
);

export function functionShellCallOutputOutcomeParamToJSON(value: FunctionShellCallOutputOutcomeParam): string {
  return stringifyJSON(value, FunctionShellCallOutputOutcomeParam$outboundSchema, "FunctionShellCallOutputOutcomeParam");
}

export function functionShellCallOutputOutcomeParamFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputOutcomeParam, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputOutcomeParam$inboundSchema, "FunctionShellCallOutputOutcomeParam");
}
