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

export const TypeParamType = {
  Type: "type",
} as const;
export type TypeParamType = ClosedEnum<typeof TypeParamType>;

export const TypeParamType$inboundSchema: z.ZodType<TypeParamType, unknown> = enumSchema(TypeParamType);

export const TypeParamType$outboundSchema: z.ZodType<TypeParamType, TypeParamType> = enumSchema(TypeParamType);

export function typeParamTypeToJSON(value: TypeParamType): string {
  return stringifyJSON(value, TypeParamType$outboundSchema, "TypeParamType");
}

export function typeParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<TypeParamType, SDKValidationError> {
  return safeParseJSON(jsonString, TypeParamType$inboundSchema, "TypeParamType");
}

export type TypeParam = {
  type: TypeParamType;
  text: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** TypeParam as it is sent on the wire. */
export type TypeParam$Outbound = {
  type: TypeParamType;
  text: string;
  [k: string]: unknown;
};

export const TypeParam$inboundSchema: z.ZodType<TypeParam, unknown> = objectInbound<TypeParam>(
  {
    type: ["type", TypeParamType$inboundSchema],
    text: ["text", z.string()],
  },
);

export const TypeParam$outboundSchema: z.ZodType<TypeParam$Outbound, TypeParam> = objectOutbound<TypeParam, TypeParam$Outbound>(
  {
    type: ["type", TypeParamType$outboundSchema],
    text: ["text", z.string()],
  },
);

export function typeParamToJSON(value: TypeParam): string {
  return stringifyJSON(value, TypeParam$outboundSchema, "TypeParam");
}

export function typeParamFromJSON(
  jsonString: string,
): SafeParseResult<TypeParam, SDKValidationError> {
  return safeParseJSON(jsonString, TypeParam$inboundSchema, "TypeParam");
}
