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
import {
  FunctionShellCallItemStatus$inboundSchema,
  FunctionShellCallItemStatus$outboundSchema,
  type FunctionShellCallItemStatus,
} from "./functionshellcallitemstatus.js";
import {
  FunctionShellCallOutputContentParam$inboundSchema,
  FunctionShellCallOutputContentParam$outboundSchema,
  type FunctionShellCallOutputContentParam,
  type FunctionShellCallOutputContentParam$Outbound,
} from "./functionshellcalloutputcontentparam.js";
import {
  ToolCallCallerParam$inboundSchema,
  ToolCallCallerParam$outboundSchema,
  type ToolCallCallerParam,
  type ToolCallCallerParam$Outbound,
} from "./toolcallcallerparam.js";

export const FunctionShellCallOutputItemParamType = {
  ShellCallOutput: "shell_call_output",
} as const;
export type FunctionShellCallOutputItemParamType = ClosedEnum<typeof FunctionShellCallOutputItemParamType>;

export const FunctionShellCallOutputItemParamType$inboundSchema: z.ZodType<FunctionShellCallOutputItemParamType, unknown> = enumSchema(FunctionShellCallOutputItemParamType);

export const FunctionShellCallOutputItemParamType$outboundSchema: z.ZodType<FunctionShellCallOutputItemParamType, FunctionShellCallOutputItemParamType> = enumSchema(FunctionShellCallOutputItemParamType);

export function functionShellCallOutputItemParamTypeToJSON(value: FunctionShellCallOutputItemParamType): string {
  return stringifyJSON(value, FunctionShellCallOutputItemParamType$outboundSchema, "FunctionShellCallOutputItemParamType");
}

export function functionShellCallOutputItemParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputItemParamType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputItemParamType$inboundSchema, "FunctionShellCallOutputItemParamType");
}

export type FunctionShellCallOutputItemParam = {
  id?: string | null | undefined;
  callId: string;
  caller?: ToolCallCallerParam | null | undefined;
  type: FunctionShellCallOutputItemParamType;
  output: Array<FunctionShellCallOutputContentParam>;
  status?: FunctionShellCallItemStatus | null | undefined;
  maxOutputLength?: number | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionShellCallOutputItemParam as it is sent on the wire. */
export type FunctionShellCallOutputItemParam$Outbound = {
  id?: string | null | undefined;
  call_id: string;
  caller?: ToolCallCallerParam$Outbound | null | undefined;
  type: FunctionShellCallOutputItemParamType;
  output: Array<FunctionShellCallOutputContentParam$Outbound>;
  status?: FunctionShellCallItemStatus | null | undefined;
  max_output_length?: number | null | undefined;
  [k: string]: unknown;
};

export const FunctionShellCallOutputItemParam$inboundSchema: z.ZodType<FunctionShellCallOutputItemParam, unknown> = objectInbound<FunctionShellCallOutputItemParam>(
  {
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64)],
    caller: ["caller", ToolCallCallerParam$inboundSchema.nullable().optional()],
    type: ["type", FunctionShellCallOutputItemParamType$inboundSchema],
    output: ["output", z.array(FunctionShellCallOutputContentParam$inboundSchema)],
    status: ["status", FunctionShellCallItemStatus$inboundSchema.nullable().optional()],
    maxOutputLength: ["max_output_length", z.int().nullable().optional()],
  },
);

export const FunctionShellCallOutputItemParam$outboundSchema: z.ZodType<FunctionShellCallOutputItemParam$Outbound, FunctionShellCallOutputItemParam> = objectOutbound<FunctionShellCallOutputItemParam, FunctionShellCallOutputItemParam$Outbound>(
  {
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64)],
    caller: ["caller", ToolCallCallerParam$outboundSchema.nullable().optional()],
    type: ["type", FunctionShellCallOutputItemParamType$outboundSchema],
    output: ["output", z.array(FunctionShellCallOutputContentParam$outboundSchema)],
    status: ["status", FunctionShellCallItemStatus$outboundSchema.nullable().optional()],
    maxOutputLength: ["max_output_length", z.int().nullable().optional()],
  },
);

export function functionShellCallOutputItemParamToJSON(value: FunctionShellCallOutputItemParam): string {
  return stringifyJSON(value, FunctionShellCallOutputItemParam$outboundSchema, "FunctionShellCallOutputItemParam");
}

export function functionShellCallOutputItemParamFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputItemParam$inboundSchema, "FunctionShellCallOutputItemParam");
}
