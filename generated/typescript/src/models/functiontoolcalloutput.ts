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
  untaggedUnionInbound,
  untaggedUnionOutbound,
} from "../lib/schemas.js";
import {
  FunctionAndCustomToolCallOutput$inboundSchema,
  FunctionAndCustomToolCallOutput$outboundSchema,
  type FunctionAndCustomToolCallOutput,
  type FunctionAndCustomToolCallOutput$Outbound,
} from "./functionandcustomtoolcalloutput.js";
import {
  ToolCallCallerParam$inboundSchema,
  ToolCallCallerParam$outboundSchema,
  type ToolCallCallerParam,
  type ToolCallCallerParam$Outbound,
} from "./toolcallcallerparam.js";

export const FunctionToolCallOutputType = {
  FunctionCallOutput: "function_call_output",
} as const;
export type FunctionToolCallOutputType = ClosedEnum<typeof FunctionToolCallOutputType>;

export const FunctionToolCallOutputType$inboundSchema: z.ZodType<FunctionToolCallOutputType, unknown> = enumSchema(FunctionToolCallOutputType);

export const FunctionToolCallOutputType$outboundSchema: z.ZodType<FunctionToolCallOutputType, FunctionToolCallOutputType> = enumSchema(FunctionToolCallOutputType);

export function functionToolCallOutputTypeToJSON(value: FunctionToolCallOutputType): string {
  return stringifyJSON(value, FunctionToolCallOutputType$outboundSchema, "FunctionToolCallOutputType");
}

export function functionToolCallOutputTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolCallOutputType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolCallOutputType$inboundSchema, "FunctionToolCallOutputType");
}

export type FunctionToolCallOutputOutput =
  | string
  | Array<FunctionAndCustomToolCallOutput>;

/** FunctionToolCallOutputOutput as it is sent on the wire. */
export type FunctionToolCallOutputOutput$Outbound =
  | string
  | Array<FunctionAndCustomToolCallOutput$Outbound>;

/** Decodes a value as the first of these alternatives that accepts it. */
export const FunctionToolCallOutputOutput$inboundSchema: z.ZodType<FunctionToolCallOutputOutput, unknown> = untaggedUnionInbound(
  "FunctionToolCallOutputOutput",
  [
    z.string(),
    z.array(FunctionAndCustomToolCallOutput$inboundSchema),
  ],
  "one of: a string, an array of FunctionAndCustomToolCallOutput objects",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const FunctionToolCallOutputOutput$outboundSchema: z.ZodType<FunctionToolCallOutputOutput$Outbound, FunctionToolCallOutputOutput> = untaggedUnionOutbound(
  "FunctionToolCallOutputOutput",
  [
    z.string(),
    z.array(FunctionAndCustomToolCallOutput$outboundSchema),
  ],
  "one of: a string, an array of FunctionAndCustomToolCallOutput objects",
);

export function functionToolCallOutputOutputToJSON(value: FunctionToolCallOutputOutput): string {
  return stringifyJSON(value, FunctionToolCallOutputOutput$outboundSchema, "FunctionToolCallOutputOutput");
}

export function functionToolCallOutputOutputFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolCallOutputOutput, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolCallOutputOutput$inboundSchema, "FunctionToolCallOutputOutput");
}

export const FunctionToolCallOutputStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type FunctionToolCallOutputStatus = ClosedEnum<typeof FunctionToolCallOutputStatus>;

export const FunctionToolCallOutputStatus$inboundSchema: z.ZodType<FunctionToolCallOutputStatus, unknown> = enumSchema(FunctionToolCallOutputStatus);

export const FunctionToolCallOutputStatus$outboundSchema: z.ZodType<FunctionToolCallOutputStatus, FunctionToolCallOutputStatus> = enumSchema(FunctionToolCallOutputStatus);

export function functionToolCallOutputStatusToJSON(value: FunctionToolCallOutputStatus): string {
  return stringifyJSON(value, FunctionToolCallOutputStatus$outboundSchema, "FunctionToolCallOutputStatus");
}

export function functionToolCallOutputStatusFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolCallOutputStatus, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolCallOutputStatus$inboundSchema, "FunctionToolCallOutputStatus");
}

export type FunctionToolCallOutput = {
  id?: string | undefined;
  type: FunctionToolCallOutputType;
  callId?: string | undefined;
  name?: string | undefined;
  namespace?: string | undefined;
  caller?: ToolCallCallerParam | null | undefined;
  output: FunctionToolCallOutputOutput;
  status?: FunctionToolCallOutputStatus | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionToolCallOutput as it is sent on the wire. */
export type FunctionToolCallOutput$Outbound = {
  id?: string | undefined;
  type: FunctionToolCallOutputType;
  call_id?: string | undefined;
  name?: string | undefined;
  namespace?: string | undefined;
  caller?: ToolCallCallerParam$Outbound | null | undefined;
  output: FunctionToolCallOutputOutput$Outbound;
  status?: FunctionToolCallOutputStatus | undefined;
  [k: string]: unknown;
};

export const FunctionToolCallOutput$inboundSchema: z.ZodType<FunctionToolCallOutput, unknown> = objectInbound<FunctionToolCallOutput>(
  {
    id: ["id", z.string().optional()],
    type: ["type", FunctionToolCallOutputType$inboundSchema],
    callId: ["call_id", z.string().optional()],
    name: ["name", z.string().optional()],
    namespace: ["namespace", z.string().optional()],
    caller: ["caller", ToolCallCallerParam$inboundSchema.nullable().optional()],
    output: ["output", FunctionToolCallOutputOutput$inboundSchema],
    status: ["status", FunctionToolCallOutputStatus$inboundSchema.optional()],
  },
);

export const FunctionToolCallOutput$outboundSchema: z.ZodType<FunctionToolCallOutput$Outbound, FunctionToolCallOutput> = objectOutbound<FunctionToolCallOutput, FunctionToolCallOutput$Outbound>(
  {
    id: ["id", z.string().optional()],
    type: ["type", FunctionToolCallOutputType$outboundSchema],
    callId: ["call_id", z.string().optional()],
    name: ["name", z.string().optional()],
    namespace: ["namespace", z.string().optional()],
    caller: ["caller", ToolCallCallerParam$outboundSchema.nullable().optional()],
    output: ["output", FunctionToolCallOutputOutput$outboundSchema],
    status: ["status", FunctionToolCallOutputStatus$outboundSchema.optional()],
  },
);

export function functionToolCallOutputToJSON(value: FunctionToolCallOutput): string {
  return stringifyJSON(value, FunctionToolCallOutput$outboundSchema, "FunctionToolCallOutput");
}

export function functionToolCallOutputFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolCallOutput, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolCallOutput$inboundSchema, "FunctionToolCallOutput");
}
