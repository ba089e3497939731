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

export const CustomToolCallOutputType = {
  CustomToolCallOutput: "custom_tool_call_output",
} as const;
export type CustomToolCallOutputType = ClosedEnum<typeof CustomToolCallOutputType>;

export const CustomToolCallOutputType$inboundSchema: z.ZodType<CustomToolCallOutputType, unknown> = enumSchema(CustomToolCallOutputType);

export const CustomToolCallOutputType$outboundSchema: z.ZodType<CustomToolCallOutputType, CustomToolCallOutputType> = enumSchema(CustomToolCallOutputType);

export function customToolCallOutputTypeToJSON(value: CustomToolCallOutputType): string {
  return stringifyJSON(value, CustomToolCallOutputType$outboundSchema, "CustomToolCallOutputType");
}

export function customToolCallOutputTypeFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolCallOutputType, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolCallOutputType$inboundSchema, "CustomToolCallOutputType");
}

export type CustomToolCallOutputOutput =
  | string
  | Array<FunctionAndCustomToolCallOutput>;

/** CustomToolCallOutputOutput as it is sent on the wire. */
export type CustomToolCallOutputOutput$Outbound =
  | string
  | Array<FunctionAndCustomToolCallOutput$Outbound>;

/** Decodes a value as the first of these alternatives that accepts it. */
export const CustomToolCallOutputOutput$inboundSchema: z.ZodType<CustomToolCallOutputOutput, unknown> = untaggedUnionInbound(
  "CustomToolCallOutputOutput",
  [
    z.string(),
    z.array(FunctionAndCustomToolCallOutput$inboundSchema),
  ],
  "one of: a string, an array of FunctionAndCustomToolCallOutput objects",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const CustomToolCallOutputOutput$outboundSchema: z.ZodType<CustomToolCallOutputOutput$Outbound, CustomToolCallOutputOutput> = untaggedUnionOutbound(
  "CustomToolCallOutputOutput",
  [
    z.string(),
    z.array(FunctionAndCustomToolCallOutput$outboundSchema),
  ],
  "one of: a string, an array of FunctionAndCustomToolCallOutput objects",
);

export function customToolCallOutputOutputToJSON(value: CustomToolCallOutputOutput): string {
  return stringifyJSON(value, CustomToolCallOutputOutput$outboundSchema, "CustomToolCallOutputOutput");
}

export function customToolCallOutputOutputFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolCallOutputOutput, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolCallOutputOutput$inboundSchema, "CustomToolCallOutputOutput");
}

export type CustomToolCallOutput = {
  type: CustomToolCallOutputType;
  id?: string | undefined;
  callId: string;
  caller?: ToolCallCallerParam | null | undefined;
  output: CustomToolCallOutputOutput;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CustomToolCallOutput as it is sent on the wire. */
export type CustomToolCallOutput$Outbound = {
  type: CustomToolCallOutputType;
  id?: string | undefined;
  call_id: string;
  caller?: ToolCallCallerParam$Outbound | null | undefined;
  output: CustomToolCallOutputOutput$Outbound;
  [k: string]: unknown;
};

export const CustomToolCallOutput$inboundSchema: z.ZodType<CustomToolCallOutput, unknown> = objectInbound<CustomToolCallOutput>(
  {
    type: ["type", CustomToolCallOutputType$inboundSchema],
    id: ["id", z.string().optional()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCallerParam$inboundSchema.nullable().optional()],
    output: ["output", CustomToolCallOutputOutput$inboundSchema],
  },
);

export const CustomToolCallOutput$outboundSchema: z.ZodType<CustomToolCallOutput$Outbound, CustomToolCallOutput> = objectOutbound<CustomToolCallOutput, CustomToolCallOutput$Outbound>(
  {
    type: ["type", CustomToolCallOutputType$outboundSchema],
    id: ["id", z.string().optional()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCallerParam$outboundSchema.nullable().optional()],
    output: ["output", CustomToolCallOutputOutput$outboundSchema],
  },
);

export function customToolCallOutputToJSON(value: CustomToolCallOutput): string {
  return stringifyJSON(value, CustomToolCallOutput$outboundSchema, "CustomToolCallOutput");
}

export function customToolCallOutputFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolCallOutput, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolCallOutput$inboundSchema, "CustomToolCallOutput");
}
