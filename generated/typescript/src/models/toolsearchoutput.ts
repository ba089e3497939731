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

export const ToolSearchOutput$inboundSchema: z.ZodType<ToolSearchOutput, unknown> = objectInbound(
  {
    type: ToolSearchOutputType$inboundSchema,
    id: z.string(),
    call_id: z.string().nullable(),
    execution: ToolSearchExecutionType$inboundSchema,
    tools: z.array(Tool$inboundSchema),
    status: FunctionCallOutputStatusEnum$inboundSchema,
    created_by: z.string().optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    callId: v.call_id,
    execution: v.execution,
    tools: v.tools,
    status: v.status,
    ...(v.created_by === undefined ? {} : { createdBy: v.created_by }),
    ...collectAdditionalProperties(v, ["type", "id", "call_id", "execution", "tools", "status", "created_by"]),
  }),
);

export const ToolSearchOutput$outboundSchema: z.ZodType<ToolSearchOutput$Outbound, ToolSearchOutput> = objectOutbound(
  {
    type: ToolSearchOutputType$outboundSchema,
    id: z.string(),
    callId: z.string().nullable(),
    execution: ToolSearchExecutionType$outboundSchema,
    tools: z.array(Tool$outboundSchema),
    status: FunctionCallOutputStatusEnum$outboundSchema,
    createdBy: z.string().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    call_id: v.callId,
    execution: v.execution,
    tools: v.tools,
    status: v.status,
    ...(v.createdBy === undefined ? {} : { created_by: v.createdBy }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "id", "call_id", "execution", "tools", "status", "created_by"]),
  }),
);

export function toolSearchOutputToJSON(value: ToolSearchOutput): string {
  return stringifyJSON(value, ToolSearchOutput$outboundSchema, "ToolSearchOutput");
}

export function toolSearchOutputFromJSON(
  jsonString: string,
): SafeParseResult<ToolSearchOutput, SDKValidationError> {
  return safeParseJSON(jsonString, ToolSearchOutput$inboundSchema, "ToolSearchOutput");
}
