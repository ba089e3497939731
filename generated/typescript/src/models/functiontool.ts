// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
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

export const FunctionTool$inboundSchema: z.ZodType<FunctionTool, unknown> = objectInbound<FunctionTool>(
  {
    type: ["type", FunctionToolType$inboundSchema],
    name: ["name", z.string()],
    description: ["description", z.string().nullable().optional()],
    parameters: ["parameters", recordSchema(z.unknown()).nullable()],
    outputSchema: ["output_schema", recordSchema(z.unknown()).nullable().optional()],
    strict: ["strict", z.boolean().nullable()],
    deferLoading: ["defer_loading", z.boolean().optional()],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$inboundSchema).nullable().optional()],
  },
);

export const FunctionTool$outboundSchema: z.ZodType<FunctionTool$Outbound, FunctionTool> = objectOutbound<FunctionTool, FunctionTool$Outbound>(
  {
    type: ["type", FunctionToolType$outboundSchema],
    name: ["name", z.string()],
    description: ["description", z.string().nullable().optional()],
    parameters: ["parameters", recordSchema(z.unknown()).nullable()],
    outputSchema: ["output_schema", recordSchema(z.unknown()).nullable().optional()],
    strict: ["strict", z.boolean().nullable()],
    deferLoading: ["defer_loading", z.boolean().optional()],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$outboundSchema).nullable().optional()],
  },
);

export function functionToolToJSON(value: FunctionTool): string {
  return stringifyJSON(value, FunctionTool$outboundSchema, "FunctionTool");
}

export function functionToolFromJSON(
  jsonString: string,
): SafeParseResult<FunctionTool, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionTool$inboundSchema, "FunctionTool");
}
