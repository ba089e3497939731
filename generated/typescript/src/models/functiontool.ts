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

export const FunctionToolType = {
  Function: "function",
} as const;
export type FunctionToolType = ClosedEnum<typeof FunctionToolType>;

export const FunctionToolType$inboundSchema: z.ZodType<FunctionToolType, unknown> = enumSchema(FunctionToolType);

export const FunctionToolType$outboundSchema: z.ZodType<FunctionToolType, FunctionToolType> = enumSchema(FunctionToolType);

export function functionToolTypeToJSON(value: FunctionToolType): string {
  return stringifyJSON(value, FunctionToolType$outboundSchema, "FunctionToolType");
}

export function functionToolTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolType$inboundSchema, "FunctionToolType");
}

export type FunctionTool = {
  type: FunctionToolType;
  name: string;
  description?: string | null | undefined;
  parameters: { [k: string]: unknown } | null;
  outputSchema?: { [k: string]: unknown } | null | undefined;
  strict: boolean | null;
  deferLoading?: boolean | undefined;
  allowedCallers?: Array<CallableToolAllowedCaller> | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionTool as it is sent on the wire. */
export type FunctionTool$Outbound = {
  type: FunctionToolType;
  name: string;
  description?: string | null | undefined;
  parameters: { [k: string]: unknown } | null;
  output_schema?: { [k: string]: unknown } | null | undefined;
  strict: boolean | null;
  defer_loading?: boolean | undefined;
  allowed_callers?: Array<CallableToolAllowedCaller> | null | undefined;
  [k: string]: unknown;
};

export const FunctionTool$inboundSchema: z.ZodType<FunctionTool, unknown> = objectInbound(
  {
    type: FunctionToolType$inboundSchema,
    name: z.string(),
    description: z.string().nullable().optional(),
    parameters: recordSchema(z.unknown()).nullable(),
    output_schema: recordSchema(z.unknown()).nullable().optional(),
    strict: z.boolean().nullable(),
    defer_loading: z.boolean().optional(),
    allowed_callers: z.array(CallableToolAllowedCaller$inboundSchema).nullable().optional(),
  },
  (v) => ({
    type: v.type,
    name: v.name,
    ...(v.description === undefined ? {} : { description: v.description }),
    parameters: v.parameters,
    ...(v.output_schema === undefined ? {} : { outputSchema: v.output_schema }),
    strict: v.strict,
    ...(v.defer_loading === undefined ? {} : { deferLoading: v.defer_loading }),
    ...(v.allowed_callers === undefined ? {} : { allowedCallers: v.allowed_callers }),
    ...collectAdditionalProperties(v, ["type", "name", "description", "parameters", "output_schema", "strict", "defer_loading", "allowed_callers"]),
  }),
);

export const FunctionTool$outboundSchema: z.ZodType<FunctionTool$Outbound, FunctionTool> = objectOutbound(
  {
    type: FunctionToolType$outboundSchema,
    name: z.string(),
    description: z.string().nullable().optional(),
    parameters: recordSchema(z.unknown()).nullable(),
    outputSchema: recordSchema(z.unknown()).nullable().optional(),
    strict: z.boolean().nullable(),
    deferLoading: z.boolean().optional(),
    allowedCallers: z.array(CallableToolAllowedCaller$outboundSchema).nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    name: v.name,
    ...(v.description === undefined ? {} : { description: v.description }),
    parameters: v.parameters,
    ...(v.outputSchema === undefined ? {} : { output_schema: v.outputSchema }),
    strict: v.strict,
    ...(v.deferLoading === undefined ? {} : { defer_loading: v.deferLoading }),
    ...(v.allowedCallers === undefined ? {} : { allowed_callers: v.allowedCallers }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "name", "description", "parameters", "output_schema", "strict", "defer_loading", "allowed_callers"]),
  }),
);

export function functionToolToJSON(value: FunctionTool): string {
  return stringifyJSON(value, FunctionTool$outboundSchema, "FunctionTool");
}

export function functionToolFromJSON(
  jsonString: string,
): SafeParseResult<FunctionTool, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionTool$inboundSchema, "FunctionTool");
}
