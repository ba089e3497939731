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
  ContainerReferenceResource$inboundSchema,
  ContainerReferenceResource$outboundSchema,
  type ContainerReferenceResource,
  type ContainerReferenceResource$Outbound,
} from "./containerreferenceresource.js";
import {
  FunctionShellAction$inboundSchema,
  FunctionShellAction$outboundSchema,
  type FunctionShellAction,
  type FunctionShellAction$Outbound,
} from "./functionshellaction.js";
import {
  FunctionShellCallStatus$inboundSchema,
  FunctionShellCallStatus$outboundSchema,
  type FunctionShellCallStatus,
} from "./functionshellcallstatus.js";
import {
  LocalEnvironmentResource$inboundSchema,
  LocalEnvironmentResource$outboundSchema,
  type LocalEnvironmentResource,
  type LocalEnvironmentResource$Outbound,
} from "./localenvironmentresource.js";
import {
  ToolCallCaller$inboundSchema,
  ToolCallCaller$outboundSchema,
  type ToolCallCaller,
  type ToolCallCaller$Outbound,
} from "./toolcallcaller.js";

export const FunctionShellCallType = {
  ShellCall: "shell_call",
} as const;
export type FunctionShellCallType = ClosedEnum<typeof FunctionShellCallType>;

export const FunctionShellCallType$inboundSchema: z.ZodType<FunctionShellCallType, unknown> = enumSchema(FunctionShellCallType);

export const FunctionShellCallType$outboundSchema: z.ZodType<FunctionShellCallType, FunctionShellCallType> = enumSchema(FunctionShellCallType);

export function functionShellCallTypeToJSON(value: FunctionShellCallType): string {
  return stringifyJSON(value, FunctionShellCallType$outboundSchema, "FunctionShellCallType");
}

export function functionShellCallTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallType$inboundSchema, "FunctionShellCallType");
}

export type FunctionShellCallEnvironment =
  | LocalEnvironmentResource
  | ContainerReferenceResource
  | FunctionShellCallEnvironmentUnknown;

/**
 * The member of FunctionShellCallEnvironment for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type FunctionShellCallEnvironmentUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isFunctionShellCallEnvironmentUnknown(value: FunctionShellCallEnvironment): value is FunctionShellCallEnvironmentUnknown {
  return value.type === undefined;
}

/** FunctionShellCallEnvironment as it is sent on the wire. */
export type FunctionShellCallEnvironment$Outbound =
  | LocalEnvironmentResource$Outbound
  | ContainerReferenceResource$Outbound
  | { [k: string]: unknown };

export const FunctionShellCallEnvironment$inboundSchema: z.ZodType<FunctionShellCallEnvironment, unknown> = discriminatedUnionInbound(
  "type",
  {
    local: LocalEnvironmentResource$inboundSchema,
    container_reference: ContainerReferenceResource$inboundSchema,
  },
);

export const FunctionShellCallEnvironment$outboundSchema: z.ZodType<FunctionShellCallEnvironment$Outbound, FunctionShellCallEnvironment> = discriminatedUnionOutbound(
  "type",
  {
    local: LocalEnvironmentResource$outboundSchema,
    container_reference: ContainerReferenceResource$outboundSchema,
  },
);

export function functionShellCallEnvironmentToJSON(value: FunctionShellCallEnvironment): string {
  return stringifyJSON(value, FunctionShellCallEnvironment$outboundSchema, "FunctionShellCallEnvironment");
}

export function functionShellCallEnvironmentFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCallEnvironment, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCallEnvironment$inboundSchema, "FunctionShellCallEnvironment");
}

export type FunctionShellCall = {
  type: FunctionShellCallType;
  id: string;
  callId: string;
  caller?: ToolCallCaller | null | undefined;
  action: FunctionShellAction;
  status: FunctionShellCallStatus;
  environment: FunctionShellCallEnvironment | null;
  createdBy?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionShellCall as it is sent on the wire. */
export type FunctionShellCall$Outbound = {
  type: FunctionShellCallType;
  id: string;
  call_id: string;
  caller?: ToolCallCaller$Outbound | null | undefined;
  action: FunctionShellAction$Outbound;
  status: FunctionShellCallStatus;
  environment: FunctionShellCallEnvironment$Outbound | null;
  created_by?: string | undefined;
  [k: string]: unknown;
};

export const FunctionShellCall$inboundSchema: z.ZodType<FunctionShellCall, unknown> = objectInbound<FunctionShellCall>(
  {
    type: ["type", FunctionShellCallType$inboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCaller$inboundSchema.nullable().optional()],
    action: ["action", FunctionShellAction$inboundSchema],
    status: ["status", FunctionShellCallStatus$inboundSchema],
    environment: ["environment", FunctionShellCallEnvironment$inboundSchema.nullable()],
    createdBy: ["created_by", z.string().optional()],
  },
);

export const FunctionShellCall$outboundSchema: z.ZodType<FunctionShellCall$Outbound, FunctionShellCall> = objectOutbound<FunctionShellCall, FunctionShellCall$Outbound>(
  {
    type: ["type", FunctionShellCallType$outboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    caller: ["caller", ToolCallCaller$outboundSchema.nullable().optional()],
    action: ["action", FunctionShellAction$outboundSchema],
    status: ["status", FunctionShellCallStatus$outboundSchema],
    environment: ["environment", FunctionShellCallEnvironment$outboundSchema.nullable()],
    createdBy: ["created_by", z.string().optional()],
  },
);

export function functionShellCallToJSON(value: FunctionShellCall): string {
  return stringifyJSON(value, FunctionShellCall$outboundSchema, "FunctionShellCall");
}

export function functionShellCallFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellCall, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellCall$inboundSchema, "FunctionShellCall");
}
