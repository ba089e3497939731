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
  DirectToolCallCaller$inboundSchema,
  DirectToolCallCaller$outboundSchema,
  type DirectToolCallCaller,
  type DirectToolCallCaller$Outbound,
} from "./directtoolcallcaller.js";
import {
  ProgramToolCallCaller$inboundSchema,
  ProgramToolCallCaller$outboundSchema,
  type ProgramToolCallCaller,
  type ProgramToolCallCaller$Outbound,
} from "./programtoolcallcaller.js";

export type ToolCallCaller =
  | DirectToolCallCaller
  | ProgramToolCallCaller
  | ToolCallCallerUnknown;

/**
 * The member of ToolCallCaller for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type ToolCallCallerUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isToolCallCallerUnknown(value: ToolCallCaller): value is ToolCallCallerUnknown {
  return value.type === undefined;
}

/** ToolCallCaller as it is sent on the wire. */
export type ToolCallCaller$Outbound =
  | DirectToolCallCaller$Outbound
  | ProgramToolCallCaller$Outbound
  | { [k: string]: unknown };

export const ToolCallCaller$inboundSchema: z.ZodType<ToolCallCaller, unknown> = discriminatedUnionInbound(
  "type",
  {
    direct: DirectToolCallCaller$inboundSchema,
    program: ProgramToolCallCaller$inboundSchema,
  },
);

export const ToolCallCaller$outboundSchema: z.ZodType<ToolCallCaller$Outbound, ToolCallCaller> = discriminatedUnionOutbound(
  "type",
  {
    direct: DirectToolCallCaller$outboundSchema,
    program: ProgramToolCallCaller$outboundSchema,
  },
);

export function toolCallCallerToJSON(value: ToolCallCaller): string {
  return stringifyJSON(value, ToolCallCaller$outboundSchema, "ToolCallCaller");
}

export function toolCallCallerFromJSON(
  jsonString: string,
): SafeParseResult<ToolCallCaller, SDKValidationError> {
  return safeParseJSON(jsonString, ToolCallCaller$inboundSchema, "ToolCallCaller");
}
