// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  emitAdditionalProperties,
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

export const CustomToolParam$inboundSchema: z.ZodType<CustomToolParam, unknown> = objectInbound(
  {
    type: CustomToolParamType$inboundSchema,
    name: z.string(),
    description: z.string().optional(),
    format: CustomToolParamFormat$inboundSchema.optional(),
    defer_loading: z.boolean().optional(),
    allowed_callers: z.array(CallableToolAllowedCaller$inboundSchema).min(1).nullable().optional(),
  },
  (v) => ({
    type: v.type,
    name: v.name,
    ...(v.description === undefined ? {} : { description: v.description }),
    ...(v.format === undefined ? {} : { format: v.format }),
    ...(v.defer_loading === undefined ? {} : { deferLoading: v.defer_loading }),
    ...(v.allowed_callers === undefined ? {} : { allowedCallers: v.allowed_callers }),
    ...collectAdditionalProperties(v, ["type", "name", "description", "format", "defer_loading", "allowed_callers"]),
  }),
);

export const CustomToolParam$outboundSchema: z.ZodType<CustomToolParam$Outbound, CustomToolParam> = objectOutbound(
  {
    type: CustomToolParamType$outboundSchema,
    name: z.string(),
    description: z.string().optional(),
    format: CustomToolParamFormat$outboundSchema.optional(),
    deferLoading: z.boolean().optional(),
    allowedCallers: z.array(CallableToolAllowedCaller$outboundSchema).min(1).nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    name: v.name,
    ...(v.description === undefined ? {} : { description: v.description }),
    ...(v.format === undefined ? {} : { format: v.format }),
    ...(v.deferLoading === undefined ? {} : { defer_loading: v.deferLoading }),
    ...(v.allowedCallers === undefined ? {} : { allowed_callers: v.allowedCallers }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "name", "description", "format", "defer_loading", "allowed_callers"]),
  }),
);

export function customToolParamToJSON(value: CustomToolParam): string {
  return stringifyJSON(value, CustomToolParam$outboundSchema, "CustomToolParam");
}

export function customToolParamFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolParam, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolParam$inboundSchema, "CustomToolParam");
}
