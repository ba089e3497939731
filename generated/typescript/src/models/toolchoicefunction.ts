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

export const ToolChoiceFunctionType = {
  Function: "function",
} as const;
export type ToolChoiceFunctionType = ClosedEnum<typeof ToolChoiceFunctionType>;

export const ToolChoiceFunctionType$inboundSchema: z.ZodType<ToolChoiceFunctionType, unknown> = enumSchema(ToolChoiceFunctionType);

export const ToolChoiceFunctionType$outboundSchema: z.ZodType<ToolChoiceFunctionType, ToolChoiceFunctionType> = enumSchema(ToolChoiceFunctionType);

export function toolChoiceFunctionTypeToJSON(value: ToolChoiceFunctionType): string {
  return stringifyJSON(value, ToolChoiceFunctionType$outboundSchema, "ToolChoiceFunctionType");
}

export function toolChoiceFunctionTypeFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceFunctionType, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceFunctionType$inboundSchema, "ToolChoiceFunctionType");
}

export type ToolChoiceFunction = {
  type: ToolChoiceFunctionType;
  name: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ToolChoiceFunction as it is sent on the wire. */
export type ToolChoiceFunction$Outbound = {
  type: ToolChoiceFunctionType;
  name: string;
  [k: string]: unknown;
};

export const ToolChoiceFunction$inboundSchema: z.ZodType<ToolChoiceFunction, unknown> = objectInbound<ToolChoiceFunction>(
  {
    type: ["type", ToolChoiceFunctionType$inboundSchema],
    name: ["name", z.string()],
  },
);

export const ToolChoiceFunction$outboundSchema: z.ZodType<ToolChoiceFunction$Outbound, ToolChoiceFunction> = objectOutbound<ToolChoiceFunction, ToolChoiceFunction$Outbound>(
  {
    type: ["type", ToolChoiceFunctionType$outboundSchema],
    name: ["name", z.string()],
  },
);

export function toolChoiceFunctionToJSON(value: ToolChoiceFunction): string {
  return stringifyJSON(value, ToolChoiceFunction$outboundSchema, "ToolChoiceFunction");
}

export function toolChoiceFunctionFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceFunction, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceFunction$inboundSchema, "ToolChoiceFunction");
}
