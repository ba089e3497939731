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
  FunctionCallOutputStatusEnum$inboundSchema,
  FunctionCallOutputStatusEnum$outboundSchema,
  type FunctionCallOutputStatusEnum,
} from "./functioncalloutputstatusenum.js";
import {
  ToolCallCallerParam$inboundSchema,
  ToolCallCallerParam$outboundSchema,
  type ToolCallCallerParam,
  type ToolCallCallerParam$Outbound,
} from "./toolcallcallerparam.js";

export const FunctionToolCallOutputResourceType = {
  FunctionCallOutput: "function_call_output",
} as const;
export type FunctionToolCallOutputResourceType = ClosedEnum<typeof FunctionToolCallOutputResourceType>;

export const FunctionToolCallOutputResourceType$inboundSchema: z.ZodType<FunctionToolCallOutputResourceType, unknown> = enumSchema(FunctionToolCallOutputResourceType);

export const FunctionToolCallOutputResourceType$outboundSchema: z.ZodType<FunctionToolCallOutputResourceType, FunctionToolCallOutputResourceType> = enumSchema(FunctionToolCallOutputResourceType);

export function functionToolCallOutputResourceTypeToJSON(value: FunctionToolCallOutputResourceType): string {
  return stringifyJSON(value, FunctionToolCallOutputResourceType$outboundSchema, "FunctionToolCallOutputResourceType");
}

export function functionToolCallOutputResourceTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolCallOutputResourceType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolCallOutputResourceType$inboundSchema, "FunctionToolCallOutputResourceType");
}

export type FunctionToolCallOutputResourceOutput =
  | string
  | Array<FunctionAndCustomToolCallOutput>;

/** FunctionToolCallOutputResourceOutput as it is sent on the wire. */
export type FunctionToolCallOutputResourceOutput$Outbound =
  | string
  | Array<FunctionAndCustomToolCallOutput$Outbound>;

/** Decodes a value as the first of these alternatives that accepts it. */
export const FunctionToolCallOutputResourceOutput$inboundSchema: z.ZodType<FunctionToolCallOutputResourceOutput, unknown> = untaggedUnionInbound(
  "FunctionToolCallOutputResourceOutput",
  [
    z.string(),
    z.array(FunctionAndCustomToolCallOutput$inboundSchema),
  ],
  "one of: a string, an array of FunctionAndCustomToolCallOutput objects",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const FunctionToolCallOutputResourceOutput$outboundSchema: z.ZodType<FunctionToolCallOutputResourceOutput$Outbound, FunctionToolCallOutputResourceOutput> = untaggedUnionOutbound(
  "FunctionToolCallOutputResourceOutput",
  [
    z.string(),
    z.array(FunctionAndCustomToolCallOutput$outboundSchema),
  ],
  "one of: a string, an array of FunctionAndCustomToolCallOutput objects",
);

export function functionToolCallOutputResourceOutputToJSON(value: FunctionToolCallOutputResourceOutput): string {
  return stringifyJSON(value, FunctionToolCallOutputResourceOutput$outboundSchema, "FunctionToolCallOutputResourceOutput");
}

export function functionToolCallOutputResourceOutputFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolCallOutputResourceOutput, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolCallOutputResourceOutput$inboundSchema, "FunctionToolCallOutputResourceOutput");
}

export type FunctionToolCallOutputResource = {
  id: string;
  type: FunctionToolCallOutputResourceType;
  callId?: string | undefined;
  name?: string | undefined;
  namespace?: string | undefined;
  caller?: ToolCallCallerParam | null | undefined;
  output: FunctionToolCallOutputResourceOutput;
  status: FunctionCallOutputStatusEnum;
  createdBy?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionToolCallOutputResource as it is sent on the wire. */
export type FunctionToolCallOutputResource$Outbound = {
  id: string;
  type: FunctionToolCallOutputResourceType;
  call_id?: string | undefined;
  name?: string | undefined;
  namespace?: string | undefined;
  caller?: ToolCallCallerParam$Outbound | null | undefined;
  output: FunctionToolCallOutputResourceOutput$Outbound;
  status: FunctionCallOutputStatusEnum;
  created_by?: string | undefined;
  [k: string]: unknown;
};

export const FunctionToolCallOutputResource$inboundSchema: z.ZodType<FunctionToolCallOutputResource, unknown> = objectInbound<FunctionToolCallOutputResource>(
  {
    id: ["id", z.string()],
    type: ["type", FunctionToolCallOutputResourceType$inboundSchema],
    callId: ["call_id", z.string().optional()],
    name: ["name", z.string().optional()],
    namespace: ["namespace", z.string().optional()],
    caller: ["caller", ToolCallCallerParam$inboundSchema.nullable().optional()],
    output: ["output", FunctionToolCallOutputResourceOutput$inboundSchema],
    status: ["status", FunctionCallOutputStatusEnum$inboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export const FunctionToolCallOutputResource$outboundSchema: z.ZodType<FunctionToolCallOutputResource$Outbound, FunctionToolCallOutputResource> = objectOutbound<FunctionToolCallOutputResource, FunctionToolCallOutputResource$Outbound>(
  {
    id: ["id", z.string()],
    type: ["type", FunctionToolCallOutputResourceType$outboundSchema],
    callId: ["call_id", z.string().optional()],
    name: ["name", z.string().optional()],
    namespace: ["namespace", z.string().optional()],
    caller: ["caller", ToolCallCallerParam$outboundSchema.nullable().optional()],
    output: ["output", FunctionToolCallOutputResourceOutput$outboundSchema],
    status: ["status", FunctionCallOutputStatusEnum$outboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export function functionToolCallOutputResourceToJSON(value: FunctionToolCallOutputResource): string {
  return stringifyJSON(value, FunctionToolCallOutputResource$outboundSchema, "FunctionToolCallOutputResource");
}

export function functionToolCallOutputResourceFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolCallOutputResource, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolCallOutputResource$inboundSchema, "FunctionToolCallOutputResource");
}
