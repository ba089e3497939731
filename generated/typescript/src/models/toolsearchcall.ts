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

export const ToolSearchCall$inboundSchema: z.ZodType<ToolSearchCall, unknown> = objectInbound<ToolSearchCall>(
  {
    type: ["type", ToolSearchCallType$inboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string().nullable()],
    execution: ["execution", ToolSearchExecutionType$inboundSchema],
    arguments: ["arguments", z.unknown()],
    status: ["status", FunctionCallStatus$inboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export const ToolSearchCall$outboundSchema: z.ZodType<ToolSearchCall$Outbound, ToolSearchCall> = objectOutbound<ToolSearchCall, ToolSearchCall$Outbound>(
  {
    type: ["type", ToolSearchCallType$outboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string().nullable()],
    execution: ["execution", ToolSearchExecutionType$outboundSchema],
    arguments: ["arguments", z.unknown()],
    status: ["status", FunctionCallStatus$outboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export function toolSearchCallToJSON(value: ToolSearchCall): string {
  return stringifyJSON(value, ToolSearchCall$outboundSchema, "ToolSearchCall");
}

export function toolSearchCallFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchCall, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchCall$inboundSchema, "ToolSearchCall");
}
