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

export const FunctionToolCallOutputResource$inboundSchema: z.ZodType<FunctionToolCallOutputResource, unknown> = objectInbound(
  {
    id: z.string(),
    type: FunctionToolCallOutputResourceType$inboundSchema,
    call_id: z.string().optional(),
    name: z.string().optional(),
    namespace: z.string().optional(),
    caller: ToolCallCallerParam$inboundSchema.nullable().optional(),
    output: FunctionToolCallOutputResourceOutput$inboundSchema,
    status: FunctionCallOutputStatusEnum$inboundSchema,
    created_by: z.string().optional(),
  },
  (v) => ({
    id: v.id,
    type: v.type,
    ...(v.call_id === undefined ? {} : { callId: v.call_id }),
    ...(v.name === undefined ? {} : { name: v.name }),
    ...(v.namespace === undefined ? {} : { namespace: v.namespace }),
    ...(v.caller === undefined ? {} : { caller: v.caller }),
    output: v.output,
    status: v.status,
    ...(v.created_by === undefined ? {} : { createdBy: v.created_by }),
    ...collectAdditionalProperties(v, ["id", "type", "call_id", "name", "namespace", "caller", "output", "status", "created_by"]),
  }),
);

export const FunctionToolCallOutputResource$outboundSchema: z.ZodType<FunctionToolCallOutputResource$Outbound, FunctionToolCallOutputResource> = objectOutbound(
  {
    id: z.string(),
    type: FunctionToolCallOutputResourceType$outboundSchema,
    callId: z.string().optional(),
    name: z.string().optional(),
    namespace: z.string().optional(),
    caller: ToolCallCallerParam$outboundSchema.nullable().optional(),
    output: FunctionToolCallOutputResourceOutput$outboundSchema,
    status: FunctionCallOutputStatusEnum$outboundSchema,
    createdBy: z.string().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    id: v.id,
    type: v.type,
    ...(v.callId === undefined ? {} : { call_id: v.callId }),
    ...(v.name === undefined ? {} : { name: v.name }),
    ...(v.namespace === undefined ? {} : { namespace: v.namespace }),
    ...(v.caller === undefined ? {} : { caller: v.caller }),
    output: v.output,
    status: v.status,
    ...(v.createdBy === undefined ? {} : { created_by: v.createdBy }),
    ...emitAdditionalProperties(v.additionalProperties, ["id", "type", "call_id", "name", "namespace", "caller", "output", "status", "created_by"]),
  }),
);

export function functionToolCallOutputResourceToJSON(value: FunctionToolCallOutputResource): string {
  return stringifyJSON(value, FunctionToolCallOutputResource$outboundSchema, "FunctionToolCallOutputResource");
}

export function functionToolCallOutputResourceFromJSON(
  jsonString: string,
): SafeParseResult<FunctionToolCallOutputResource, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionToolCallOutputResource$inboundSchema, "FunctionToolCallOutputResource");
}
