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

export const ToolSearchCallItemParam$inboundSchema: z.ZodType<ToolSearchCallItemParam, unknown> = objectInbound(
  {
    id: z.string().nullable().optional(),
    call_id: z.string().min(1).max(64).nullable().optional(),
    type: ToolSearchCallItemParamType$inboundSchema,
    execution: ToolSearchExecutionType$inboundSchema.optional(),
    arguments: EmptyModelParam$inboundSchema,
    status: FunctionCallItemStatus$inboundSchema.nullable().optional(),
  },
  (v) => ({
    ...(v.id === undefined ? {} : { id: v.id }),
    ...(v.call_id === undefined ? {} : { callId: v.call_id }),
    type: v.type,
    ...(v.execution === undefined ? {} : { execution: v.execution }),
    arguments: v.arguments,
    ...(v.status === undefined ? {} : { status: v.status }),
    ...collectAdditionalProperties(v, ["id", "call_id", "type", "execution", "arguments", "status"]),
  }),
);

export const ToolSearchCallItemParam$outboundSchema: z.ZodType<ToolSearchCallItemParam$Outbound, ToolSearchCallItemParam> = objectOutbound(
  {
    id: z.string().nullable().optional(),
    callId: z.string().min(1).max(64).nullable().optional(),
    type: ToolSearchCallItemParamType$outboundSchema,
    execution: ToolSearchExecutionType$outboundSchema.optional(),
    arguments: EmptyModelParam$outboundSchema,
    status: FunctionCallItemStatus$outboundSchema.nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    ...(v.id === undefined ? {} : { id: v.id }),
    ...(v.callId === undefined ? {} : { call_id: v.callId }),
    type: v.type,
    ...(v.execution === undefined ? {} : { execution: v.execution }),
    arguments: v.arguments,
    ...(v.status === undefined ? {} : { status: v.status }),
    ...emitAdditionalProperties(v.additionalProperties, ["id", "call_id", "type", "execution", "arguments", "status"]),
  }),
);

export function toolSearchCallItemParamToJSON(value: ToolSearchCallItemParam): string {
  return stringifyJSON(value, ToolSearchCallItemParam$outboundSchema, "ToolSearchCallItemParam");
}

export function toolSearchCallItemParamFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchCallItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchCallItemParam$inboundSchema, "ToolSearchCallItemParam");
}
