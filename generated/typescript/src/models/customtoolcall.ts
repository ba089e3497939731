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

export const CustomToolCall$inboundSchema: z.ZodType<CustomToolCall, unknown> = objectInbound(
  {
    type: CustomToolCallType$inboundSchema,
    id: z.string().optional(),
    call_id: z.string(),
    caller: ToolCallCaller$inboundSchema.nullable().optional(),
    namespace: z.string().optional(),
    name: z.string(),
    input: z.string(),
  },
  (v) => ({
    type: v.type,
    ...(v.id === undefined ? {} : { id: v.id }),
    callId: v.call_id,
    ...(v.caller === undefined ? {} : { caller: v.caller }),
    ...(v.namespace === undefined ? {} : { namespace: v.namespace }),
    name: v.name,
    input: v.input,
    ...collectAdditionalProperties(v, ["type", "id", "call_id", "caller", "namespace", "name", "input"]),
  }),
);

export const CustomToolCall$outboundSchema: z.ZodType<CustomToolCall$Outbound, CustomToolCall> = objectOutbound(
  {
    type: CustomToolCallType$outboundSchema,
    id: z.string().optional(),
    callId: z.string(),
    caller: ToolCallCaller$outboundSchema.nullable().optional(),
    namespace: z.string().optional(),
    name: z.string(),
    input: z.string(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    ...(v.id === undefined ? {} : { id: v.id }),
    call_id: v.callId,
    ...(v.caller === undefined ? {} : { caller: v.caller }),
    ...(v.namespace === undefined ? {} : { namespace: v.namespace }),
    name: v.name,
    input: v.input,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "id", "call_id", "caller", "namespace", "name", "input"]),
  }),
);

export function customToolCallToJSON(value: CustomToolCall): string {
  return stringifyJSON(value, CustomToolCall$outboundSchema, "CustomToolCall");
}

export function customToolCallFromJSON(
  jsonString: string,
): SafeParseResult<CustomToolCall, SDKValidationError> {
  return safeParseJSON(jsonString, CustomToolCall$inboundSchema, "CustomToolCall");
}
