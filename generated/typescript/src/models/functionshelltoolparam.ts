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
  CallableToolAllowedCaller$inboundSchema,
  CallableToolAllowedCaller$outboundSchema,
  type CallableToolAllowedCaller,
} from "./callabletoolallowedcaller.js";
import {
  ContainerAutoParam$inboundSchema,
  ContainerAutoParam$outboundSchema,
  type ContainerAutoParam,
  type ContainerAutoParam$Outbound,
} from "./containerautoparam.js";
import {
  ContainerReferenceParam$inboundSchema,
  ContainerReferenceParam$outboundSchema,
  type ContainerReferenceParam,
  type ContainerReferenceParam$Outbound,
} from "./containerreferenceparam.js";
import {
  LocalEnvironmentParam$inboundSchema,
  LocalEnvironmentParam$outboundSchema,
  type LocalEnvironmentParam,
  type LocalEnvironmentParam$Outbound,
} from "./localenvironmentparam.js";

export const FunctionShellToolParamType = {
  Shell: "shell",
} as const;
export type FunctionShellToolParamType = ClosedEnum<typeof FunctionShellToolParamType>;

export const FunctionShellToolParamType$inboundSchema: z.ZodType<FunctionShellToolParamType, unknown> = enumSchema(FunctionShellToolParamType);

export const FunctionShellToolParamType$outboundSchema: z.ZodType<FunctionShellToolParamType, FunctionShellToolParamType> = enumSchema(FunctionShellToolParamType);

export function functionShellToolParamTypeToJSON(value: FunctionShellToolParamType): string {
  return stringifyJSON(value, FunctionShellToolParamType$outboundSchema, "FunctionShellToolParamType");
}

export function functionShellToolParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellToolParamType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellToolParamType$inboundSchema, "FunctionShellToolParamType");
}

export type FunctionShellToolParamEnvironment =
  | ContainerAutoParam
  | LocalEnvironmentParam
  | ContainerReferenceParam
  | FunctionShellToolParamEnvironmentUnknown;

/**
 * The member of FunctionShellToolParamEnvironment for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type FunctionShellToolParamEnvironmentUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isFunctionShellToolParamEnvironmentUnknown(value: FunctionShellToolParamEnvironment): value is FunctionShellToolParamEnvironmentUnknown {
  return value.type === undefined;
}

/** FunctionShellToolParamEnvironment as it is sent on the wire. */
export type FunctionShellToolParamEnvironment$Outbound =
  | ContainerAutoParam$Outbound
  | LocalEnvironmentParam$Outbound
  | ContainerReferenceParam$Outbound
  | { [k: string]: unknown };

export const FunctionShellToolParamEnvironment$inboundSchema: z.ZodType<FunctionShellToolParamEnvironment, unknown> = discriminatedUnionInbound(
  "type",
  {
    container_auto: ContainerAutoParam$inboundSchema,
    local: LocalEnvironmentParam$inboundSchema,
    container_reference: ContainerReferenceParam$inboundSchema,
  },
);

export const FunctionShellToolParamEnvironment$outboundSchema: z.ZodType<FunctionShellToolParamEnvironment$Outbound, FunctionShellToolParamEnvironment> = discriminatedUnionOutbound(
  "type",
  {
    container_auto: ContainerAutoParam$outboundSchema,
    local: LocalEnvironmentParam$outboundSchema,
    container_reference: ContainerReferenceParam$outboundSchema,
  },
);

export function functionShellToolParamEnvironmentToJSON(value: FunctionShellToolParamEnvironment): string {
  return stringifyJSON(value, FunctionShellToolParamEnvironment$outboundSchema, "FunctionShellToolParamEnvironment");
}

export function functionShellToolParamEnvironmentFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellToolParamEnvironment, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellToolParamEnvironment$inboundSchema, "FunctionShellToolParamEnvironment");
}

export type FunctionShellToolParam = {
  type: FunctionShellToolParamType;
  environment?: FunctionShellToolParamEnvironment | null | undefined;
  allowedCallers?: Array<CallableToolAllowedCaller> | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionShellToolParam as it is sent on the wire. */
export type FunctionShellToolParam$Outbound = {
  type: FunctionShellToolParamType;
  environment?: FunctionShellToolParamEnvironment$Outbound | null | undefined;
  allowed_callers?: Array<CallableToolAllowedCaller> | null | undefined;
  [k: string]: unknown;
};

export const FunctionShellToolParam$inboundSchema: z.ZodType<FunctionShellToolParam, unknown> = objectInbound<FunctionShellToolParam>(
  {
    type: ["type", FunctionShellToolParamType$inboundSchema],
    environment: ["environment", FunctionShellToolParamEnvironment$inboundSchema.nullable().optional()],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$inboundSchema).min(1).nullable().optional()],
  },
);

export const FunctionShellToolParam$outboundSchema: z.ZodType<FunctionShellToolParam$Outbound, FunctionShellToolParam> = objectOutbound<FunctionShellToolParam, FunctionShellToolParam$Outbound>(
  {
    type: ["type", FunctionShellToolParamType$outboundSchema],
    environment: ["environment", FunctionShellToolParamEnvironment$outboundSchema.nullable().optional()],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$outboundSchema).min(1).nullable().optional()],
  },
);

export function functionShellToolParamToJSON(value: FunctionShellToolParam): string {
  return stringifyJSON(value, FunctionShellToolParam$outboundSchema, "FunctionShellToolParam");
}

export function functionShellToolParamFromJSON(
  jsonString: string,
): SafeParseResult<FunctionShellToolParam, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionShellToolParam$inboundSchema, "FunctionShellToolParam");
}
