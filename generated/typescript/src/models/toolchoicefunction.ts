// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
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

export const ToolChoiceFunction$inboundSchema: z.ZodType<ToolChoiceFunction, unknown> = objectInbound(
  {
    type: ToolChoiceFunctionType$inboundSchema,
    name: z.string(),
  },
  (v) => ({
    type: v.type,
    name: v.name,
    ...collectAdditionalProperties(v, ["type", "name"]),
  }),
);

export const ToolChoiceFunction$outboundSchema: z.ZodType<ToolChoiceFunction$Outbound, ToolChoiceFunction> = objectOutbound(
  {
    type: ToolChoiceFunctionType$outboundSchema,
    name: z.string(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    name: v.name,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "name"]),
  }),
);

export function toolChoiceFunctionToJSON(value: ToolChoiceFunction): string {
  return stringifyJSON(value, ToolChoiceFunction$outboundSchema, "ToolChoiceFunction");
}

export function toolChoiceFunctionFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceFunction, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceFunction$inboundSchema, "ToolChoiceFunction");
}
