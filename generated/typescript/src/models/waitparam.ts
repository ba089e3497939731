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

export const WaitParamType = {
  Wait: "wait",
} as const;
export type WaitParamType = ClosedEnum<typeof WaitParamType>;

export const WaitParamType$inboundSchema: z.ZodType<WaitParamType, unknown> = enumSchema(WaitParamType);

export const WaitParamType$outboundSchema: z.ZodType<WaitParamType, WaitParamType> = enumSchema(WaitParamType);

export function waitParamTypeToJSON(value: WaitParamType): string {
  return stringifyJSON(value, WaitParamType$outboundSchema, "WaitParamType");
}

export function waitParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<WaitParamType, SDKValidationError> {
  return safeParseJSON(jsonString, WaitParamType$inboundSchema, "WaitParamType");
}

export type WaitParam = {
  type: WaitParamType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** WaitParam as it is sent on the wire. */
export type WaitParam$Outbound = {
  type: WaitParamType;
  [k: string]: unknown;
};

export const WaitParam$inboundSchema: z.ZodType<WaitParam, unknown> = objectInbound<WaitParam>(
  {
    type: ["type", WaitParamType$inboundSchema],
  },
);

export const WaitParam$outboundSchema: z.ZodType<WaitParam$Outbound, WaitParam> = objectOutbound<WaitParam, WaitParam$Outbound>(
  {
    type: ["type", WaitParamType$outboundSchema],
  },
);

export function waitParamToJSON(value: WaitParam): string {
  return stringifyJSON(value, WaitParam$outboundSchema, "WaitParam");
}

export function waitParamFromJSON(
  jsonString: string,
): SafeParseResult<WaitParam, SDKValidationError> {
  return safeParseJSON(jsonString, WaitParam$inboundSchema, "WaitParam");
}
