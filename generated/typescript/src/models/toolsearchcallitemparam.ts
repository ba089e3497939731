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
  EmptyModelParam$inboundSchema,
  EmptyModelParam$outboundSchema,
  type EmptyModelParam,
  type EmptyModelParam$Outbound,
} from "./emptymodelparam.js";
import {
  FunctionCallItemStatus$inboundSchema,
  FunctionCallItemStatus$outboundSchema,
  type FunctionCallItemStatus,
} from "./functioncallitemstatus.js";
import {
  ToolSearchExecutionType$inboundSchema,
  ToolSearchExecutionType$outboundSchema,
  type ToolSearchExecutionType,
} from "./toolsearchexecutiontype.js";

export const ToolSearchCallItemParamType = {
  ToolSearchCall: "tool_search_call",
} as const;
export type ToolSearchCallItemParamType = ClosedEnum<typeof ToolSearchCallItemParamType>;

export const ToolSearchCallItemParamType$inboundSchema: z.ZodType<ToolSearchCallItemParamType, unknown> = enumSchema(ToolSearchCallItemParamType);

export const ToolSearchCallItemParamType$outboundSchema: z.ZodType<ToolSearchCallItemParamType, ToolSearchCallItemParamType> = enumSchema(ToolSearchCallItemParamType);

export function toolSearchCallItemParamTypeToJSON(value: ToolSearchCallItemParamType): string {
  return stringifyJSON(value, ToolSearchCallItemParamType$outboundSchema, "ToolSearchCallItemParamType");
}

export function toolSearchCallItemParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchCallItemParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchCallItemParamType$inboundSchema, "ToolSearchCallItemParamType");
}

export type ToolSearchCallItemParam = {
  id?: string | null | undefined;
  callId?: string | null | undefined;
  type: ToolSearchCallItemParamType;
  execution?: ToolSearchExecutionType | undefined;
  arguments: EmptyModelParam;
  status?: FunctionCallItemStatus | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ToolSearchCallItemParam as it is sent on the wire. */
export type ToolSearchCallItemParam$Outbound = {
  id?: string | null | undefined;
  call_id?: string | null | undefined;
  type: ToolSearchCallItemParamType;
  execution?: ToolSearchExecutionType | undefined;
  arguments: EmptyModelParam$Outbound;
  status?: FunctionCallItemStatus | null | undefined;
  [k: string]: unknown;
};

export const ToolSearchCallItemParam$inboundSchema: z.ZodType<ToolSearchCallItemParam, unknown> = objectInbound<ToolSearchCallItemParam>(
  {
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64).nullable().optional()],
    type: ["type", ToolSearchCallItemParamType$inboundSchema],
    execution: ["execution", ToolSearchExecutionType$inboundSchema.optional()],
    arguments: ["arguments", EmptyModelParam$inboundSchema],
    status: ["status", FunctionCallItemStatus$inboundSchema.nullable().optional()],
  },
);

export const ToolSearchCallItemParam$outboundSchema: z.ZodType<ToolSearchCallItemParam$Outbound, ToolSearchCallItemParam> = objectOutbound<ToolSearchCallItemParam, ToolSearchCallItemParam$Outbound>(
  {
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64).nullable().optional()],
    type: ["type", ToolSearchCallItemParamType$outboundSchema],
    execution: ["execution", ToolSearchExecutionType$outboundSchema.optional()],
    arguments: ["arguments", EmptyModelParam$outboundSchema],
    status: ["status", FunctionCallItemStatus$outboundSchema.nullable().optional()],
  },
);

export function toolSearchCallItemParamToJSON(value: ToolSearchCallItemParam): string {
  return stringifyJSON(value, ToolSearchCallItemParam$outboundSchema, "ToolSearchCallItemParam");
}

export function toolSearchCallItemParamFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchCallItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchCallItemParam$inboundSchema, "ToolSearchCallItemParam");
}
