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
  FunctionShellCallOutputContent$inboundSchema,
  FunctionShellCallOutputContent$outboundSchema,
  type FunctionShellCallOutputContent,
  type FunctionShellCallOutputContent$Outbound,
} from "./functionshellcalloutputcontent.js";
import {
  FunctionShellCallOutputStatusEnum$inboundSchema,
  FunctionShellCallOutputStatusEnum$outboundSchema,
  type FunctionShellCallOutputStatusEnum,
} from "./functionshellcalloutputstatusenum.js";
import {
  ToolCallCaller$inboundSchema,
  ToolCallCaller$outboundSchema,
  type ToolCallCaller,
  type ToolCallCaller$Outbound,
} from "./toolcallcaller.js";

export const FunctionShellCallOutputType = {
  ShellCallOutput: "shell_call_output",
} as const;
export type FunctionShellCallOutputType = ClosedEnum<typeof FunctionShellCallOutputType>;

export const FunctionShellCallOutputType$inboundSchema: z.ZodType<FunctionShellCallOutputType, unknown> = enumSchema(FunctionShellCallOutputType);

export const FunctionShellCallOutputType$outboundSchema: z.ZodType<FunctionShellCallOutputType, FunctionShellCallOutputType> = enumSchema(FunctionShellCallOutputType);

export function functionShellCallOutputTypeToJSON(value: FunctionShellCallOutputType): string {
  return stringifyJSON(value, FunctionShellCallOutputType$outboundSchema, "FunctionShellCallOutputType");
}

export function functionShellCallOutputTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutputType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutputType$inboundSchema, "FunctionShellCallOutputType");
}

export type FunctionShellCallOutput = {
  type: FunctionShellCallOutputType;
  id: string;
  callId: string;
  caller?: ToolCallCaller | null | undefined;
  status: FunctionShellCallOutputStatusEnum;
  output: Array<FunctionShellCallOutputContent>;
  maxOutputLength: number | null;
  createdBy?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionShellCallOutput as it is sent on the wire. */
export type FunctionShellCallOutput$Outbound = {
  type: FunctionShellCallOutputType;
  id: string;
  call_id: string;
  caller?: ToolCallCaller$Outbound | null | undefined;
  status: FunctionShellCallOutputStatusEnum;
  output: Array<FunctionShellCallOutputContent$Outbound>;
  max_output_length: number | null;
  created_by?: string | undefined;
  [k: string]: unknown;
};

export const FunctionShellCallOutput$inboundSchema: z.ZodType<FunctionShellCallOutput, unknown> = objectInbound<FunctionShellCallOutput>(
  {
    type: ["type", FunctionShellCallOutputType$inboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCaller$inboundSchema.nullable().optional()],
    status: ["status", FunctionShellCallOutputStatusEnum$inboundSchema],
    output: ["output", z.array(FunctionShellCallOutputContent$inboundSchema)],
    maxOutputLength: ["max_output_length", z.int().nullable()],
    createdBy: ["created_by", z.string().optional()],
  },
);

export const FunctionShellCallOutput$outboundSchema: z.ZodType<FunctionShellCallOutput$Outbound, FunctionShellCallOutput> = objectOutbound<FunctionShellCallOutput, FunctionShellCallOutput$Outbound>(
  {
    type: ["type", FunctionShellCallOutputType$outboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCaller$outboundSchema.nullable().optional()],
    status: ["status", FunctionShellCallOutputStatusEnum$outboundSchema],
    output: ["output", z.array(FunctionShellCallOutputContent$outboundSchema)],
    maxOutputLength: ["max_output_length", z.int().nullable()],
    createdBy: ["created_by", z.string().optional()],
  },
);

export function functionShellCallOutputToJSON(value: FunctionShellCallOutput): string {
  return stringifyJSON(value, FunctionShellCallOutput$outboundSchema, "FunctionShellCallOutput");
}

export function functionShellCallOutputFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutput, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutput$inboundSchema, "FunctionShellCallOutput");
}
