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

export const SpecificFunctionShellParamType = {
  Shell: "shell",
} as const;
export type SpecificFunctionShellParamType = ClosedEnum<typeof SpecificFunctionShellParamType>;

export const SpecificFunctionShellParamType$inboundSchema: z.ZodType<SpecificFunctionShellParamType, unknown> = enumSchema(SpecificFunctionShellParamType);

export const SpecificFunctionShellParamType$outboundSchema: z.ZodType<SpecificFunctionShellParamType, SpecificFunctionShellParamType> = enumSchema(SpecificFunctionShellParamType);

export function specificFunctionShellParamTypeToJSON(value: SpecificFunctionShellParamType): string {
  return stringifyJSON(value, SpecificFunctionShellParamType$outboundSchema, "SpecificFunctionShellParamType");
}

export function specificFunctionShellParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<SpecificFunctionShellParamType, SDKValidationError> {
  return safeParseJSON(jsonString, SpecificFunctionShellParamType$inboundSchema, "SpecificFunctionShellParamType");
}

export type SpecificFunctionShellParam = {
  type: SpecificFunctionShellParamType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** SpecificFunctionShellParam as it is sent on the wire. */
export type SpecificFunctionShellParam$Outbound = {
  type: SpecificFunctionShellParamType;
  [k: string]: unknown;
};

export const SpecificFunctionShellParam$inboundSchema: z.ZodType<SpecificFunctionShellParam, unknown> = objectInbound<SpecificFunctionShellParam>(
  {
    type: ["type", SpecificFunctionShellParamType$inboundSchema],
  },
);

export const SpecificFunctionShellParam$outboundSchema: z.ZodType<SpecificFunctionShellParam$Outbound, SpecificFunctionShellParam> = objectOutbound<SpecificFunctionShellParam, SpecificFunctionShellParam$Outbound>(
  {
    type: ["type", SpecificFunctionShellParamType$outboundSchema],
  },
);

export function specificFunctionShellParamToJSON(value: SpecificFunctionShellParam): string {
  return stringifyJSON(value, SpecificFunctionShellParam$outboundSchema, "SpecificFunctionShellParam");
}

export function specificFunctionShellParamFromJSON(
  jsonString: string,
): SafeParseResult<SpecificFunctionShellParam, SDKValidationError> {
  return safeParseJSON(jsonString, SpecificFunctionShellParam$inboundSchema, "SpecificFunctionShellParam");
}
