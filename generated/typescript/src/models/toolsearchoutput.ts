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
  FunctionCallOutputStatusEnum$inboundSchema,
  FunctionCallOutputStatusEnum$outboundSchema,
  type FunctionCallOutputStatusEnum,
} from "./functioncalloutputstatusenum.js";
import { Tool$inboundSchema, Tool$outboundSchema, type Tool, type Tool$Outbound } from "./tool.js";
import {
  ToolSearchExecutionType$inboundSchema,
  ToolSearchExecutionType$outboundSchema,
  type ToolSearchExecutionType,
} from "./toolsearchexecutiontype.js";

export const ToolSearchOutputType = {
  ToolSearchOutput: "tool_search_output",
} as const;
export type ToolSearchOutputType = ClosedEnum<typeof ToolSearchOutputType>;

export const ToolSearchOutputType$inboundSchema: z.ZodType<ToolSearchOutputType, unknown> = enumSchema(ToolSearchOutputType);

export const ToolSearchOutputType$outboundSchema: z.ZodType<ToolSearchOutputType, ToolSearchOutputType> = enumSchema(ToolSearchOutputType);

export function toolSearchOutputTypeToJSON(value: ToolSearchOutputType): string {
  return stringifyJSON(value, ToolSearchOutputType$outboundSchema, "ToolSearchOutputType");
}

export function toolSearchOutputTypeFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchOutputType, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchOutputType$inboundSchema, "ToolSearchOutputType");
}

export type ToolSearchOutput = {
  type: ToolSearchOutputType;
  id: string;
  callId: string | null;
  execution: ToolSearchExecutionType;
  tools: Array<Tool>;
  status: FunctionCallOutputStatusEnum;
  createdBy?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ToolSearchOutput as it is sent on the wire. */
export type ToolSearchOutput$Outbound = {
  type: ToolSearchOutputType;
  id: string;
  call_id: string | null;
  execution: ToolSearchExecutionType;
  tools: Array<Tool$Outbound>;
  status: FunctionCallOutputStatusEnum;
  created_by?: string | undefined;
  [k: string]: unknown;
};

export const ToolSearchOutput$inboundSchema: z.ZodType<ToolSearchOutput, unknown> = objectInbound<ToolSearchOutput>(
  {
    type: ["type", ToolSearchOutputType$inboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string().nullable()],
    execution: ["execution", ToolSearchExecutionType$inboundSchema],
    tools: ["tools", z.array(Tool$inboundSchema)],
    status: ["status", FunctionCallOutputStatusEnum$inboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export const ToolSearchOutput$outboundSchema: z.ZodType<ToolSearchOutput$Outbound, ToolSearchOutput> = objectOutbound<ToolSearchOutput, ToolSearchOutput$Outbound>(
  {
    type: ["type", ToolSearchOutputType$outboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string().nullable()],
    execution: ["execution", ToolSearchExecutionType$outboundSchema],
    tools: ["tools", z.array(Tool$outboundSchema)],
    status: ["status", FunctionCallOutputStatusEnum$outboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export function toolSearchOutputToJSON(value: ToolSearchOutput): string {
  return stringifyJSON(value, ToolSearchOutput$outboundSchema, "ToolSearchOutput");
}

export function toolSearchOutputFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchOutput, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchOutput$inboundSchema, "ToolSearchOutput");
}
