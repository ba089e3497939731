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
  FunctionCallItemStatus$inboundSchema,
  FunctionCallItemStatus$outboundSchema,
  type FunctionCallItemStatus,
} from "./functioncallitemstatus.js";
import { Tool$inboundSchema, Tool$outboundSchema, type Tool, type Tool$Outbound } from "./tool.js";
import {
  ToolSearchExecutionType$inboundSchema,
  ToolSearchExecutionType$outboundSchema,
  type ToolSearchExecutionType,
} from "./toolsearchexecutiontype.js";

export const ToolSearchOutputItemParamType = {
  ToolSearchOutput: "tool_search_output",
} as const;
export type ToolSearchOutputItemParamType = ClosedEnum<typeof ToolSearchOutputItemParamType>;

export const ToolSearchOutputItemParamType$inboundSchema: z.ZodType<ToolSearchOutputItemParamType, unknown> = enumSchema(ToolSearchOutputItemParamType);

export const ToolSearchOutputItemParamType$outboundSchema: z.ZodType<ToolSearchOutputItemParamType, ToolSearchOutputItemParamType> = enumSchema(ToolSearchOutputItemParamType);

export function toolSearchOutputItemParamTypeToJSON(value: ToolSearchOutputItemParamType): string {
  return stringifyJSON(value, ToolSearchOutputItemParamType$outboundSchema, "ToolSearchOutputItemParamType");
}

export function toolSearchOutputItemParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchOutputItemParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchOutputItemParamType$inboundSchema, "ToolSearchOutputItemParamType");
}

export type ToolSearchOutputItemParam = {
  id?: string | null | undefined;
  callId?: string | null | undefined;
  type: ToolSearchOutputItemParamType;
  execution?: ToolSearchExecutionType | undefined;
  tools: Array<Tool>;
  status?: FunctionCallItemStatus | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ToolSearchOutputItemParam as it is sent on the wire. */
export type ToolSearchOutputItemParam$Outbound = {
  id?: string | null | undefined;
  call_id?: string | null | undefined;
  type: ToolSearchOutputItemParamType;
  execution?: ToolSearchExecutionType | undefined;
  tools: Array<Tool$Outbound>;
  status?: FunctionCallItemStatus | null | undefined;
  [k: string]: unknown;
};

export const ToolSearchOutputItemParam$inboundSchema: z.ZodType<ToolSearchOutputItemParam, unknown> = objectInbound<ToolSearchOutputItemParam>(
  {
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64).nullable().optional()],
    type: ["type", ToolSearchOutputItemParamType$inboundSchema],
    execution: ["execution", ToolSearchExecutionType$inboundSchema.optional()],
    tools: ["tools", z.array(Tool$inboundSchema)],
    status: ["status", FunctionCallItemStatus$inboundSchema.nullable().optional()],
  },
);

export const ToolSearchOutputItemParam$outboundSchema: z.ZodType<ToolSearchOutputItemParam$Outbound, ToolSearchOutputItemParam> = objectOutbound<ToolSearchOutputItemParam, ToolSearchOutputItemParam$Outbound>(
  {
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64).nullable().optional()],
    type: ["type", ToolSearchOutputItemParamType$outboundSchema],
    execution: ["execution", ToolSearchExecutionType$outboundSchema.optional()],
    tools: ["tools", z.array(Tool$outboundSchema)],
    status: ["status", FunctionCallItemStatus$outboundSchema.nullable().optional()],
  },
);

export function toolSearchOutputItemParamToJSON(value: ToolSearchOutputItemParam): string {
  return stringifyJSON(value, ToolSearchOutputItemParam$outboundSchema, "ToolSearchOutputItemParam");
}

export function toolSearchOutputItemParamFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchOutputItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchOutputItemParam$inboundSchema, "ToolSearchOutputItemParam");
}
