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
  ToolCallCaller$inboundSchema,
  ToolCallCaller$outboundSchema,
  type ToolCallCaller,
  type ToolCallCaller$Outbound,
} from "./toolcallcaller.js";

export const CustomToolCallType = {
  CustomToolCall: "custom_tool_call",
} as const;
export type CustomToolCallType = ClosedEnum<typeof CustomToolCallType>;

export const CustomToolCallType$inboundSchema: z.ZodType<CustomToolCallType, unknown> = enumSchema(CustomToolCallType);

export const CustomToolCallType$outboundSchema: z.ZodType<CustomToolCallType, CustomToolCallType> = enumSchema(CustomToolCallType);

export function customToolCallTypeToJSON(value: CustomToolCallType): string {
  return stringifyJSON(value, CustomToolCallType$outboundSchema, "CustomToolCallType");
}

export function customToolCallTypeFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolCallType, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolCallType$inboundSchema, "CustomToolCallType");
}

export type CustomToolCall = {
  type: CustomToolCallType;
  id?: string | undefined;
  callId: string;
  caller?: ToolCallCaller | null | undefined;
  namespace?: string | undefined;
  name: string;
  input: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CustomToolCall as it is sent on the wire. */
export type CustomToolCall$Outbound = {
  type: CustomToolCallType;
  id?: string | undefined;
  call_id: string;
  caller?: ToolCallCaller$Outbound | null | undefined;
  namespace?: string | undefined;
  name: string;
  input: string;
  [k: string]: unknown;
};

export const CustomToolCall$inboundSchema: z.ZodType<CustomToolCall, unknown> = objectInbound<CustomToolCall>(
  {
    type: ["type", CustomToolCallType$inboundSchema],
    id: ["id", z.string().optional()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCaller$inboundSchema.nullable().optional()],
    namespace: ["namespace", z.string().optional()],
    name: ["name", z.string()],
    input: ["input", z.string()],
  },
);

export const CustomToolCall$outboundSchema: z.ZodType<CustomToolCall$Outbound, CustomToolCall> = objectOutbound<CustomToolCall, CustomToolCall$Outbound>(
  {
    type: ["type", CustomToolCallType$outboundSchema],
    id: ["id", z.string().optional()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCaller$outboundSchema.nullable().optional()],
    namespace: ["namespace", z.string().optional()],
    name: ["name", z.string()],
    input: ["input", z.string()],
  },
);

export function customToolCallToJSON(value: CustomToolCall): string {
  return stringifyJSON(value, CustomToolCall$outboundSchema, "CustomToolCall");
}

export function customToolCallFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolCall, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolCall$inboundSchema, "CustomToolCall");
}
