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

export const CustomTextFormatParamType = {
  Text: "text",
} as const;
export type CustomTextFormatParamType = ClosedEnum<typeof CustomTextFormatParamType>;

export const CustomTextFormatParamType$inboundSchema: z.ZodType<CustomTextFormatParamType, unknown> = enumSchema(CustomTextFormatParamType);

export const CustomTextFormatParamType$outboundSchema: z.ZodType<CustomTextFormatParamType, CustomTextFormatParamType> = enumSchema(CustomTextFormatParamType);

export function customTextFormatParamTypeToJSON(value: CustomTextFormatParamType): string {
  return stringifyJSON(value, CustomTextFormatParamType$outboundSchema, "CustomTextFormatParamType");
}

export function customTextFormatParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<CustomTextFormatParamType, SDKValidationError> {
  return safeParseJSON(jsonString, CustomTextFormatParamType$inboundSchema, "CustomTextFormatParamType");
}

export type CustomTextFormatParam = {
  type: CustomTextFormatParamType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CustomTextFormatParam as it is sent on the wire. */
export type CustomTextFormatParam$Outbound = {
  type: CustomTextFormatParamType;
  [k: string]: unknown;
};

export const CustomTextFormatParam$inboundSchema: z.ZodType<CustomTextFormatParam, unknown> = objectInbound<CustomTextFormatParam>(
  {
    type: ["type", CustomTextFormatParamType$inboundSchema],
  },
);

export const CustomTextFormatParam$outboundSchema: z.ZodType<CustomTextFormatParam$Outbound, CustomTextFormatParam> = objectOutbound<CustomTextFormatParam, CustomTextFormatParam$Outbound>(
  {
    type: ["type", CustomTextFormatParamType$outboundSchema],
  },
);

export function customTextFormatParamToJSON(value: CustomTextFormatParam): string {
  return stringifyJSON(value, CustomTextFormatParam$outboundSchema, "CustomTextFormatParam");
}

export function customTextFormatParamFromJSON(
  jsonString: string,
): SafeParseResult<CustomTextFormatParam, SDKValidationError> {
  return safeParseJSON(jsonString, CustomTextFormatParam$inboundSchema, "CustomTextFormatParam");
}
