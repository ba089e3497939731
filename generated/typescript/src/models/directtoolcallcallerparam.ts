// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  enumSchema,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";

export const DirectToolCallCallerParamType = {
  Direct: "direct",
} as const;
export type DirectToolCallCallerParamType = ClosedEnum<typeof DirectToolCallCallerParamType>;

export const DirectToolCallCallerParamType$inboundSchema: z.ZodType<DirectToolCallCallerParamType, unknown> = enumSchema(DirectToolCallCallerParamType);

export const DirectToolCallCallerParamType$outboundSchema: z.ZodType<DirectToolCallCallerParamType, DirectToolCallCallerParamType> = enumSchema(DirectToolCallCallerParamType);

export function directToolCallCallerParamTypeToJSON(value: DirectToolCallCallerParamType): string {
  return stringifyJSON(value, DirectToolCallCallerParamType$outboundSchema, "DirectToolCallCallerParamType");
}

export function directToolCallCallerParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<DirectToolCallCallerParamType, SDKValidationError> {
  return safeParseJSON(jsonString, DirectToolCallCallerParamType$inboundSchema, "DirectToolCallCallerParamType");
}

export type DirectToolCallCallerParam = {
  type: DirectToolCallCallerParamType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** DirectToolCallCallerParam as it is sent on the wire. */
export type DirectToolCallCallerParam$Outbound = {
  type: DirectToolCallCallerParamType;
  [k: string]: unknown;
};

export const DirectToolCallCallerParam$inboundSchema: z.ZodType<DirectToolCallCallerParam, unknown> = objectInbound<DirectToolCallCallerParam>(
  {
    type: ["type", DirectToolCallCallerParamType$inboundSchema],
  },
);

export const DirectToolCallCallerParam$outboundSchema: z.ZodType<DirectToolCallCallerParam$Outbound, DirectToolCallCallerParam> = objectOutbound<DirectToolCallCallerParam, DirectToolCallCallerParam$Outbound>(
  {
    type: ["type", DirectToolCallCallerParamType$outboundSchema],
  },
);

export function directToolCallCallerParamToJSON(value: DirectToolCallCallerParam): string {
  return stringifyJSON(value, DirectToolCallCallerParam$outboundSchema, "DirectToolCallCallerParam");
}

export function directToolCallCallerParamFromJSON(
  jsonString: string,
): SafeParseResult<DirectToolCallCallerParam, SDKValidationError> {
  return safeParseJSON(jsonString, DirectToolCallCallerParam$inboundSchema, "DirectToolCallCallerParam");
}
