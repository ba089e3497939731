// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  enumSchema,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  CallableToolAllowedCaller$inboundSchema,
  CallableToolAllowedCaller$outboundSchema,
  type CallableToolAllowedCaller,
} from "./callabletoolallowedcaller.js";
import {
  CustomGrammarFormatParam$inboundSchema,
  CustomGrammarFormatParam$outboundSchema,
  type CustomGrammarFormatParam,
  type CustomGrammarFormatParam$Outbound,
} from "./customgrammarformatparam.js";
import {
  CustomTextFormatParam$inboundSchema,
  CustomTextFormatParam$outboundSchema,
  type CustomTextFormatParam,
  type CustomTextFormatParam$Outbound,
} from "./customtextformatparam.js";

export const CustomToolParamType = {
  Custom: "custom",
} as const;
export type CustomToolParamType = ClosedEnum<typeof CustomToolParamType>;

export const CustomToolParamType$inboundSchema: z.ZodType<CustomToolParamType, unknown> = enumSchema(CustomToolParamType);

export const CustomToolParamType$outboundSchema: z.ZodType<CustomToolParamType, CustomToolParamType> = enumSchema(CustomToolParamType);

export function customToolParamTypeToJSON(value: CustomToolParamType): string {
  return stringifyJSON(value, CustomToolParamType$outboundSchema, "CustomToolParamType");
}

export function customToolParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolParamType, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolParamType$inboundSchema, "CustomToolParamType");
}

export type CustomToolParamFormat =
  | CustomTextFormatParam
  | CustomGrammarFormatParam
  | CustomToolParamFormatUnknown;

/**
 * The member of CustomToolParamFormat for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type CustomToolParamFormatUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isCustomToolParamFormatUnknown(value: CustomToolParamFormat): value is CustomToolParamFormatUnknown {
  return value.type === undefined;
}

/** CustomToolParamFormat as it is sent on the wire. */
export type CustomToolParamFormat$Outbound =
  | CustomTextFormatParam$Outbound
  | CustomGrammarFormatParam$Outbound
  | { [k: string]: unknown };

export const CustomToolParamFormat$inboundSchema: z.ZodType<CustomToolParamFormat, unknown> = discriminatedUnionInbound(
  "type",
  {
    text: CustomTextFormatParam$inboundSchema,
    grammar: CustomGrammarFormatParam$inboundSchema,
  },
);

export const CustomToolParamFormat$outboundSchema: z.ZodType<CustomToolParamFormat$Outbound, CustomToolParamFormat> = discriminatedUnionOutbound(
  "type",
  {
    text: CustomTextFormatParam$outboundSchema,
    grammar: CustomGrammarFormatParam$outboundSchema,
  },
);

export function customToolParamFormatToJSON(value: CustomToolParamFormat): string {
  return stringifyJSON(value, CustomToolParamFormat$outboundSchema, "CustomToolParamFormat");
}

export function customToolParamFormatFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolParamFormat, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolParamFormat$inboundSchema, "CustomToolParamFormat");
}

export type CustomToolParam = {
  type: CustomToolParamType;
  name: string;
  description?: string | undefined;
  format?: CustomToolParamFormat | undefined;
  deferLoading?: boolean | undefined;
  allowedCallers?: Array<CallableToolAllowedCaller> | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CustomToolParam as it is sent on the wire. */
export type CustomToolParam$Outbound = {
  type: CustomToolParamType;
  name: string;
  description?: string | undefined;
  format?: CustomToolParamFormat$Outbound | undefined;
  defer_loading?: boolean | undefined;
  allowed_callers?: Array<CallableToolAllowedCaller> | null | undefined;
  [k: string]: unknown;
};

export const CustomToolParam$inboundSchema: z.ZodType<CustomToolParam, unknown> = objectInbound<CustomToolParam>(
  {
    type: ["type", CustomToolParamType$inboundSchema],
    name: ["name", z.string()],
    description: ["description", z.string().optional()],
    format: ["format", CustomToolParamFormat$inboundSchema.optional()],
    deferLoading: ["defer_loading", z.boolean().optional()],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$inboundSchema).min(1).nullable().optional()],
  },
);

export const CustomToolParam$outboundSchema: z.ZodType<CustomToolParam$Outbound, CustomToolParam> = objectOutbound<CustomToolParam, CustomToolParam$Outbound>(
  {
    type: ["type", CustomToolParamType$outboundSchema],
    name: ["name", z.string()],
    description: ["description", z.string().optional()],
    format: ["format", CustomToolParamFormat$outboundSchema.optional()],
    deferLoading: ["defer_loading", z.boolean().optional()],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$outboundSchema).min(1).nullable().optional()],
  },
);

export function customToolParamToJSON(value: CustomToolParam): string {
  return stringifyJSON(value, CustomToolParam$outboundSchema, "CustomToolParam");
}

export function customToolParamFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolParam, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolParam$inboundSchema, "CustomToolParam");
}
