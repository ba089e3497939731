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

export const FunctionShellCallOutput$inboundSchema: z.ZodType<FunctionShellCallOutput, unknown> = objectInbound(
  {
    type: FunctionShellCallOutputType$inboundSchema,
    id: z.string(),
    call_id: z.string(),
    caller: ToolCallCaller$inboundSchema.nullable().optional(),
    status: FunctionShellCallOutputStatusEnum$inboundSchema,
    output: z.array(FunctionShellCallOutputContent$inboundSchema),
    max_output_length: z.int().nullable(),
    created_by: z.string().optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    callId: v.call_id,
    ...(v.caller === undefined ? {} : { caller: v.caller }),
    status: v.status,
    output: v.output,
    maxOutputLength: v.max_output_length,
    ...(v.created_by === undefined ? {} : { createdBy: v.created_by }),
    ...collectAdditionalProperties(v, ["type", "id", "call_id", "caller", "status", "output", "max_output_length", "created_by"]),
  }),
);

export const FunctionShellCallOutput$outboundSchema: z.ZodType<FunctionShellCallOutput$Outbound, FunctionShellCallOutput> = objectOutbound(
  {
    type: FunctionShellCallOutputType$outboundSchema,
    id: z.string(),
    callId: z.string(),
    caller: ToolCallCaller$outboundSchema.nullable().optional(),
    status: FunctionShellCallOutputStatusEnum$outboundSchema,
    output: z.array(FunctionShellCallOutputContent$outboundSchema),
    maxOutputLength: z.int().nullable(),
    createdBy: z.string().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    call_id: v.callId,
    ...(v.caller === undefined ? {} : { caller: v.caller }),
    status: v.status,
    output: v.output,
    max_output_length: v.maxOutputLength,
    ...(v.createdBy === undefined ? {} : { created_by: v.createdBy }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "id", "call_id", "caller", "status", "output", "max_output_length", "created_by"]),
  }),
);

export function functionShellCallOutputToJSON(value: FunctionShellCallOutput): string {
  return stringifyJSON(value, FunctionShellCallOutput$outboundSchema, "FunctionShellCallOutput");
}

export function functionShellCallOutputFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallOutput, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallOutput$inboundSchema, "FunctionShellCallOutput");
}
