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

export const CustomToolCallOutputResourceType = {
  CustomToolCallOutput: "custom_tool_call_output",
} as const;
export type CustomToolCallOutputResourceType = ClosedEnum<typeof CustomToolCallOutputResourceType>;

export const CustomToolCallOutputResourceType$inboundSchema: z.ZodType<CustomToolCallOutputResourceType, unknown> = enumSchema(CustomToolCallOutputResourceType);

export const CustomToolCallOutputResourceType$outboundSchema: z.ZodType<CustomToolCallOutputResourceType, CustomToolCallOutputResourceType> = enumSchema(CustomToolCallOutputResourceType);

export function customToolCallOutputResourceTypeToJSON(value: CustomToolCallOutputResourceType): string {
  return stringifyJSON(value, CustomToolCallOutputResourceType$outboundSchema, "CustomToolCallOutputResourceType");
}

export function customToolCallOutputResourceTypeFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolCallOutputResourceType, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolCallOutputResourceType$inboundSchema, "CustomToolCallOutputResourceType");
}

export type CustomToolCallOutputResourceOutput =
  | string
  | Array<FunctionAndCustomToolCallOutput>;

/** CustomToolCallOutputResourceOutput as it is sent on the wire. */
export type CustomToolCallOutputResourceOutput$Outbound =
  | string
  | Array<FunctionAndCustomToolCallOutput$Outbound>;

/** Decodes a value as the first of these alternatives that accepts it. */
export const CustomToolCallOutputResourceOutput$inboundSchema: z.ZodType<CustomToolCallOutputResourceOutput, unknown> = untaggedUnionInbound(
  "CustomToolCallOutputResourceOutput",
  [
    z.string(),
    z.array(FunctionAndCustomToolCallOutput$inboundSchema),
  ],
  "one of: a string, an array of FunctionAndCustomToolCallOutput objects",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const CustomToolCallOutputResourceOutput$outboundSchema: z.ZodType<CustomToolCallOutputResourceOutput$Outbound, CustomToolCallOutputResourceOutput> = untaggedUnionOutbound(
  "CustomToolCallOutputResourceOutput",
  [
    z.string(),
    z.array(FunctionAndCustomToolCallOutput$outboundSchema),
  ],
  "one of: a string, an array of FunctionAndCustomToolCallOutput objects",
);

export function customToolCallOutputResourceOutputToJSON(value: CustomToolCallOutputResourceOutput): string {
  return stringifyJSON(value, CustomToolCallOutputResourceOutput$outboundSchema, "CustomToolCallOutputResourceOutput");
}

export function customToolCallOutputResourceOutputFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolCallOutputResourceOutput, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolCallOutputResourceOutput$inboundSchema, "CustomToolCallOutputResourceOutput");
}

export type CustomToolCallOutputResource = {
  type: CustomToolCallOutputResourceType;
  id: string;
  callId: string;
  caller?: ToolCallCallerParam | null | undefined;
  output: CustomToolCallOutputResourceOutput;
  status: FunctionCallOutputStatusEnum;
  createdBy?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CustomToolCallOutputResource as it is sent on the wire. */
export type CustomToolCallOutputResource$Outbound = {
  type: CustomToolCallOutputResourceType;
  id: string;
  call_id: string;
  caller?: ToolCallCallerParam$Outbound | null | undefined;
  output: CustomToolCallOutputResourceOutput$Outbound;
  status: FunctionCallOutputStatusEnum;
  created_by?: string | undefined;
  [k: string]: unknown;
};

export const CustomToolCallOutputResource$inboundSchema: z.ZodType<CustomToolCallOutputResource, unknown> = objectInbound(
  {
    type: CustomToolCallOutputResourceType$inboundSchema,
    id: z.string(),
    call_id: z.string(),
    caller: ToolCallCallerParam$inboundSchema.nullable().optional(),
    output: CustomToolCallOutputResourceOutput$inboundSchema,
    status: FunctionCallOutputStatusEnum$inboundSchema,
    created_by: z.string().optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    callId: v.call_id,
    ...(v.caller === undefined ? {} : { caller: v.caller }),
    output: v.output,
    status: v.status,
    ...(v.created_by === undefined ? {} : { createdBy: v.created_by }),
    ...collectAdditionalProperties(v, ["type", "id", "call_id", "caller", "output", "status", "created_by"]),
  }),
);

export const CustomToolCallOutputResource$outboundSchema: z.ZodType<CustomToolCallOutputResource$Outbound, CustomToolCallOutputResource> = objectOutbound(
  {
    type: CustomToolCallOutputResourceType$outboundSchema,
    id: z.string(),
    callId: z.string(),
    caller: ToolCallCallerParam$outboundSchema.nullable().optional(),
    output: CustomToolCallOutputResourceOutput$outboundSchema,
    status: FunctionCallOutputStatusEnum$outboundSchema,
    createdBy: z.string().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    call_id: v.callId,
    ...(v.caller === undefined ? {} : { caller: v.caller }),
    output: v.output,
    status: v.status,
    ...(v.createdBy === undefined ? {} : { created_by: v.createdBy }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "id", "call_id", "caller", "output", "status", "created_by"]),
  }),
);

export function customToolCallOutputResourceToJSON(value: CustomToolCallOutputResource): string {
  return stringifyJSON(value, CustomToolCallOutputResource$outboundSchema, "CustomToolCallOutputResource");
}

export function customToolCallOutputResourceFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolCallOutputResource, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolCallOutputResource$inboundSchema, "CustomToolCallOutputResource");
}
