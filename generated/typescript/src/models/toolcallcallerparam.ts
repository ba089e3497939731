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
  DirectToolCallCallerParam$inboundSchema,
  DirectToolCallCallerParam$outboundSchema,
  type DirectToolCallCallerParam,
  type DirectToolCallCallerParam$Outbound,
} from "./directtoolcallcallerparam.js";
import {
  ProgramToolCallCallerParam$inboundSchema,
  ProgramToolCallCallerParam$outboundSchema,
  type ProgramToolCallCallerParam,
  type ProgramToolCallCallerParam$Outbound,
} from "./programtoolcallcallerparam.js";

export type ToolCallCallerParam =
  | DirectToolCallCallerParam
  | ProgramToolCallCallerParam
  | ToolCallCallerParamUnknown;

/**
 * The member of ToolCallCallerParam for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type ToolCallCallerParamUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isToolCallCallerParamUnknown(value: ToolCallCallerParam): value is ToolCallCallerParamUnknown {
  return value.type === undefined;
}

/** ToolCallCallerParam as it is sent on the wire. */
export type ToolCallCallerParam$Outbound =
  | DirectToolCallCallerParam$Outbound
  | ProgramToolCallCallerParam$Outbound
  | { [k: string]: unknown };

export const ToolCallCallerParam$inboundSchema: z.ZodType<ToolCallCallerParam, unknown> = discriminatedUnionInbound(
  "type",
  {
    direct: DirectToolCallCallerParam$inboundSchema,
    program: ProgramToolCallCallerParam$inboundSchema,
  },
);

export const ToolCallCallerParam$outboundSchema: z.ZodType<ToolCallCallerParam$Outbound, ToolCallCallerParam> = discriminatedUnionOutbound(
  "type",
  {
    direct: DirectToolCallCallerParam$outboundSchema,
    program: ProgramToolCallCallerParam$outboundSchema,
  },
);

export function toolCallCallerParamToJSON(value: ToolCallCallerParam): string {
  return stringifyJSON(value, ToolCallCallerParam$outboundSchema, "ToolCallCallerParam");
}

export function toolCallCallerParamFromJSON(
  jsonString: string,
): SafeParseResult<ToolCallCallerParam, SDKValidationError> {
  return safeParseJSON(jsonString, ToolCallCallerParam$inboundSchema, "ToolCallCallerParam");
}
