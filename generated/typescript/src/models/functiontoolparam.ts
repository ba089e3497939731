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
  recordSchema,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  CallableToolAllowedCaller$inboundSchema,
  CallableToolAllowedCaller$outboundSchema,
  type CallableToolAllowedCaller,
} from "./callabletoolallowedcaller.js";
import {
  EmptyModelParam$inboundSchema,
  EmptyModelParam$outboundSchema,
  type EmptyModelParam,
  type EmptyModelParam$Outbound,
} from "./emptymodelparam.js";

export const FunctionToolParamType = {
  Function: "function",
} as const;
export type FunctionToolParamType = ClosedEnum<typeof FunctionToolParamType>;

export const FunctionToolParamType$inboundSchema: z.ZodType<FunctionToolParamType, unknown> = enumSchema(FunctionToolParamType);

export const FunctionToolParamType$outboundSchema: z.ZodType<FunctionToolParamType, FunctionToolParamType> = enumSchema(FunctionToolParamType);

export function functionToolParamTypeToJSON(value: FunctionToolParamType): string {
  return stringifyJSON(value, FunctionToolParamType$outboundSchema, "FunctionToolParamType");
}

export function functionToolParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolParamType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolParamType$inboundSchema, "FunctionToolParamType");
}

export type FunctionToolParam = {
  name: string;
  description?: string | null | undefined;
  parameters?: EmptyModelParam | null | undefined;
  strict?: boolean | null | undefined;
  type: FunctionToolParamType;
  outputSchema?: { [k: string]: unknown } | null | undefined;
  deferLoading?: boolean | undefined;
  allowedCallers?: Array<CallableToolAllowedCaller> | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionToolParam as it is sent on the wire. */
export type FunctionToolParam$Outbound = {
  name: string;
  description?: string | null | undefined;
  parameters?: EmptyModelParam$Outbound | null | undefined;
  strict?: boolean | null | undefined;
  type: FunctionToolParamType;
  output_schema?: { [k: string]: unknown } | null | undefined;
  defer_loading?: boolean | undefined;
  allowed_callers?: Array<CallableToolAllowedCaller> | null | undefined;
  [k: string]: unknown;
};

export const FunctionToolParam$inboundSchema: z.ZodType<FunctionToolParam, unknown> = objectInbound(
  {
    name: z.string().min(1).max(128).regex(new RegExp("^[a-zA-Z0-9_-]+$", "u")),
    description: z.string().nullable().optional(),
    parameters: EmptyModelParam$inboundSchema.nullable().optional(),
    strict: z.boolean().nullable().optional(),
    type: FunctionToolParamType$inboundSchema,
    output_schema: recordSchema(z.unknown()).nullable().optional(),
    defer_loading: z.boolean().optional(),
    allowed_callers: z.array(CallableToolAllowedCaller$inboundSchema).min(1).nullable().optional(),
  },
  (v) => ({
    name: v.name,
    ...(v.description === undefined ? {} : { description: v.description }),
    ...(v.parameters === undefined ? {} : { parameters: v.parameters }),
    ...(v.strict === undefined ? {} : { strict: v.strict }),
    type: v.type,
    ...(v.output_schema === undefined ? {} : { outputSchema: v.output_schema }),
    ...(v.defer_loading === undefined ? {} : { deferLoading: v.defer_loading }),
    ...(v.allowed_callers === undefined ? {} : { allowedCallers: v.allowed_callers }),
    ...collectAdditionalProperties(v, ["name", "description", "parameters", "strict", "type", "output_schema", "defer_loading", "allowed_callers"]),
  }),
);

export const FunctionToolParam$outboundSchema: z.ZodType<FunctionToolParam$Outbound, FunctionToolParam> = objectOutbound(
  {
    name: z.string().min(1).max(128).regex(new RegExp("^[a-zA-Z0-9_-]+$", "u")),
    description: z.string().nullable().optional(),
    parameters: EmptyModelParam$outboundSchema.nullable().optional(),
    strict: z.boolean().nullable().optional(),
    type: FunctionToolParamType$outboundSchema,
    outputSchema: recordSchema(z.unknown()).nullable().optional(),
    deferLoading: z.boolean().optional(),
    allowedCallers: z.array(CallableToolAllowedCaller$outboundSchema).min(1).nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    name: v.name,
    ...(v.description === undefined ? {} : { description: v.description }),
    ...(v.parameters === undefined ? {} : { parameters: v.parameters }),
    ...(v.strict === undefined ? {} : { strict: v.strict }),
    type: v.type,
    ...(v.outputSchema === undefined ? {} : { output_schema: v.outputSchema }),
    ...(v.deferLoading === undefined ? {} : { defer_loading: v.deferLoading }),
    ...(v.allowedCallers === undefined ? {} : { allowed_callers: v.allowedCallers }),
    ...emitAdditionalProperties(v.additionalProperties, ["name", "description", "parameters", "strict", "type", "output_schema", "defer_loading", "allowed_callers"]),
  }),
);

export function functionToolParamToJSON(value: FunctionToolParam): string {
  return stringifyJSON(value, FunctionToolParam$outboundSchema, "FunctionToolParam");
}

export function functionToolParamFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolParam, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolParam$inboundSchema, "FunctionToolParam");
}
