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

export const CustomToolCallOutputResource$inboundSchema: z.ZodType<CustomToolCallOutputResource, unknown> = objectInbound<CustomToolCallOutputResource>(
  {
    type: ["type", CustomToolCallOutputResourceType$inboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCallerParam$inboundSchema.nullable().optional()],
    output: ["output", CustomToolCallOutputResourceOutput$inboundSchema],
    status: ["status", FunctionCallOutputStatusEnum$inboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export const CustomToolCallOutputResource$outboundSchema: z.ZodType<CustomToolCallOutputResource$Outbound, CustomToolCallOutputResource> = objectOutbound<CustomToolCallOutputResource, CustomToolCallOutputResource$Outbound>(
  {
    type: ["type", CustomToolCallOutputResourceType$outboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCallerParam$outboundSchema.nullable().optional()],
    output: ["output", CustomToolCallOutputResourceOutput$outboundSchema],
    status: ["status", FunctionCallOutputStatusEnum$outboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export function customToolCallOutputResourceToJSON(value: CustomToolCallOutputResource): string {
  return stringifyJSON(value, CustomToolCallOutputResource$outboundSchema, "CustomToolCallOutputResource");
}

export function customToolCallOutputResourceFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolCallOutputResource, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolCallOutputResource$inboundSchema, "CustomToolCallOutputResource");
}
