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
  FunctionCallStatus$inboundSchema,
  FunctionCallStatus$outboundSchema,
  type FunctionCallStatus,
} from "./functioncallstatus.js";
import {
  ToolSearchExecutionType$inboundSchema,
  ToolSearchExecutionType$outboundSchema,
  type ToolSearchExecutionType,
} from "./toolsearchexecutiontype.js";

export const ToolSearchCallType = {
  ToolSearchCall: "tool_search_call",
} as const;
export type ToolSearchCallType = ClosedEnum<typeof ToolSearchCallType>;

export const ToolSearchCallType$inboundSchema: z.ZodType<ToolSearchCallType, unknown> = enumSchema(ToolSearchCallType);

export const ToolSearchCallType$outboundSchema: z.ZodType<ToolSearchCallType, ToolSearchCallType> = enumSchema(ToolSearchCallType);

export function toolSearchCallTypeToJSON(value: ToolSearchCallType): string {
  return stringifyJSON(value, ToolSearchCallType$outboundSchema, "ToolSearchCallType");
}

export function toolSearchCallTypeFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchCallType, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchCallType$inboundSchema, "ToolSearchCallType");
}

export type ToolSearchCall = {
  type: ToolSearchCallType;
  id: string;
  callId: string | null;
  execution: ToolSearchExecutionType;
  arguments: unknown;
  status: FunctionCallStatus;
  createdBy?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ToolSearchCall as it is sent on the wire. */
export type ToolSearchCall$Outbound = {
  type: ToolSearchCallType;
  id: string;
  call_id: string | null;
  execution: ToolSearchExecutionType;
  arguments: unknown;
  status: FunctionCallStatus;
  created_by?: string | undefined;
  [k: string]: unknown;
};

export const ToolSearchCall$inboundSchema: z.ZodType<ToolSearchCall, unknown> = objectInbound(
  {
    type: ToolSearchCallType$inboundSchema,
    id: z.string(),
    call_id: z.string().nullable(),
    execution: ToolSearchExecutionType$inboundSchema,
    arguments: z.unknown(),
    status: FunctionCallStatus$inboundSchema,
    created_by: z.string().optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    callId: v.call_id,
    execution: v.execution,
    arguments: v.arguments,
    status: v.status,
    ...(v.created_by === undefined ? {} : { createdBy: v.created_by }),
    ...collectAdditionalProperties(v, ["type", "id", "call_id", "execution", "arguments", "status", "created_by"]),
  }),
);

export const ToolSearchCall$outboundSchema: z.ZodType<ToolSearchCall$Outbound, ToolSearchCall> = objectOutbound(
  {
    type: ToolSearchCallType$outboundSchema,
    id: z.string(),
    callId: z.string().nullable(),
    execution: ToolSearchExecutionType$outboundSchema,
    arguments: z.unknown(),
    status: FunctionCallStatus$outboundSchema,
    createdBy: z.string().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    call_id: v.callId,
    execution: v.execution,
    arguments: v.arguments,
    status: v.status,
    ...(v.createdBy === undefined ? {} : { created_by: v.createdBy }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "id", "call_id", "execution", "arguments", "status", "created_by"]),
  }),
);

export function toolSearchCallToJSON(value: ToolSearchCall): string {
  return stringifyJSON(value, ToolSearchCall$outboundSchema, "ToolSearchCall");
}

export function toolSearchCallFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchCall, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchCall$inboundSchema, "ToolSearchCall");
}
