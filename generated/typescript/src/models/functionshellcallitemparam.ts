// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  enumSchema,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  ContainerReferenceParam$inboundSchema,
  ContainerReferenceParam$outboundSchema,
  type ContainerReferenceParam,
  type ContainerReferenceParam$Outbound,
} from "./containerreferenceparam.js";
import {
  FunctionShellActionParam$inboundSchema,
  FunctionShellActionParam$outboundSchema,
  type FunctionShellActionParam,
  type FunctionShellActionParam$Outbound,
} from "./functionshellactionparam.js";
import {
  FunctionShellCallItemStatus$inboundSchema,
  FunctionShellCallItemStatus$outboundSchema,
  type FunctionShellCallItemStatus,
} from "./functionshellcallitemstatus.js";
import {
  LocalEnvironmentParam$inboundSchema,
  LocalEnvironmentParam$outboundSchema,
  type LocalEnvironmentParam,
  type LocalEnvironmentParam$Outbound,
} from "./localenvironmentparam.js";
import {
  ToolCallCallerParam$inboundSchema,
  ToolCallCallerParam$outboundSchema,
  type ToolCallCallerParam,
  type ToolCallCallerParam$Outbound,
} from "./toolcallcallerparam.js";

export const FunctionShellCallItemParamType = {
  ShellCall: "shell_call",
} as const;
export type FunctionShellCallItemParamType = ClosedEnum<typeof FunctionShellCallItemParamType>;

export const FunctionShellCallItemParamType$inboundSchema: z.ZodType<FunctionShellCallItemParamType, unknown> = enumSchema(FunctionShellCallItemParamType);

export const FunctionShellCallItemParamType$outboundSchema: z.ZodType<FunctionShellCallItemParamType, FunctionShellCallItemParamType> = enumSchema(FunctionShellCallItemParamType);

export function functionShellCallItemParamTypeToJSON(value: FunctionShellCallItemParamType): string {
  return stringifyJSON(value, FunctionShellCallItemParamType$outboundSchema, "FunctionShellCallItemParamType");
}

export function functionShellCallItemParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallItemParamType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallItemParamType$inboundSchema, "FunctionShellCallItemParamType");
}

export type FunctionShellCallItemParamEnvironment =
  | LocalEnvironmentParam
  | ContainerReferenceParam
  | FunctionShellCallItemParamEnvironmentUnknown;

/**
 * The member of FunctionShellCallItemParamEnvironment for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type FunctionShellCallItemParamEnvironmentUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isFunctionShellCallItemParamEnvironmentUnknown(value: FunctionShellCallItemParamEnvironment): value is FunctionShellCallItemParamEnvironmentUnknown {
  return value.type === undefined;
}

/** FunctionShellCallItemParamEnvironment as it is sent on the wire. */
export type FunctionShellCallItemParamEnvironment$Outbound =
  | LocalEnvironmentParam$Outbound
  | ContainerReferenceParam$Outbound
  | { [k: string]: unknown };

export const FunctionShellCallItemParamEnvironment$inboundSchema: z.ZodType<FunctionShellCallItemParamEnvironment, unknown> = discriminatedUnionInbound(
  "type",
  {
    local: LocalEnvironmentParam$inboundSchema,
    container_reference: ContainerReferenceParam$inboundSchema,
  },
);

export const FunctionShellCallItemParamEnvironment$outboundSchema: z.ZodType<FunctionShellCallItemParamEnvironment$Outbound, FunctionShellCallItemParamEnvironment> = discriminatedUnionOutbound(
  "type",
  {
    local: LocalEnvironmentParam$outboundSchema,
    container_reference: ContainerReferenceParam$outboundSchema,
  },
);

export function functionShellCallItemParamEnvironmentToJSON(value: FunctionShellCallItemParamEnvironment): string {
  return stringifyJSON(value, FunctionShellCallItemParamEnvironment$outboundSchema, "FunctionShellCallItemParamEnvironment");
}

export function functionShellCallItemParamEnvironmentFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallItemParamEnvironment, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallItemParamEnvironment$inboundSchema, "FunctionShellCallItemParamEnvironment");
}

export type FunctionShellCallItemParam = {
  id?: string | null | undefined;
  callId: string;
  caller?: ToolCallCallerParam | null | undefined;
  type: FunctionShellCallItemParamType;
  action: FunctionShellActionParam;
  status?: FunctionShellCallItemStatus | null | undefined;
  environment?: FunctionShellCallItemParamEnvironment | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionShellCallItemParam as it is sent on the wire. */
export type FunctionShellCallItemParam$Outbound = {
  id?: string | null | undefined;
  call_id: string;
  caller?: ToolCallCallerParam$Outbound | null | undefined;
  type: FunctionShellCallItemParamType;
  action: FunctionShellActionParam$Outbound;
  status?: FunctionShellCallItemStatus | null | undefined;
  environment?: FunctionShellCallItemParamEnvironment$Outbound | null | undefined;
  [k: string]: unknown;
};

export const FunctionShellCallItemParam$inboundSchema: z.ZodType<FunctionShellCallItemParam, unknown> = objectInbound<FunctionShellCallItemParam>(
  {
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64)],
    caller: ["caller", ToolCallCallerParam$inboundSchema.nullable().optional()],
    type: ["type", FunctionShellCallItemParamType$inboundSchema],
    action: ["action", FunctionShellActionParam$inboundSchema],
    status: ["status", FunctionShellCallItemStatus$inboundSchema.nullable().optional()],
    environment: ["environment", FunctionShellCallItemParamEnvironment$inboundSchema.nullable().optional()],
  },
);

export const FunctionShellCallItemParam$outboundSchema: z.ZodType<FunctionShellCallItemParam$Outbound, FunctionShellCallItemParam> = objectOutbound<FunctionShellCallItemParam, FunctionShellCallItemParam$Outbound>(
  {
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64)],
    caller: ["caller", ToolCallCallerParam$outboundSchema.nullable().optional()],
    type: ["type", FunctionShellCallItemParamType$outboundSchema],
    action: ["action", FunctionShellActionParam$outboundSchema],
    status: ["status", FunctionShellCallItemStatus$outboundSchema.nullable().optional()],
    environment: ["environment", FunctionShellCallItemParamEnvironment$outboundSchema.nullable().optional()],
  },
);

export function functionShellCallItemParamToJSON(value: FunctionShellCallItemParam): string {
  return stringifyJSON(value, FunctionShellCallItemParam$outboundSchema, "FunctionShellCallItemParam");
}

export function functionShellCallItemParamFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallItemParam$inboundSchema, "FunctionShellCallItemParam");
}
