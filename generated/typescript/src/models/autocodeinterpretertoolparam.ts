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
  ContainerMemoryLimit$inboundSchema,
  ContainerMemoryLimit$outboundSchema,
  type ContainerMemoryLimit,
} from "./containermemorylimit.js";
import {
  ContainerNetworkPolicyAllowlistParam$inboundSchema,
  ContainerNetworkPolicyAllowlistParam$outboundSchema,
  type ContainerNetworkPolicyAllowlistParam,
  type ContainerNetworkPolicyAllowlistParam$Outbound,
} from "./containernetworkpolicyallowlistparam.js";
import {
  ContainerNetworkPolicyDisabledParam$inboundSchema,
  ContainerNetworkPolicyDisabledParam$outboundSchema,
  type ContainerNetworkPolicyDisabledParam,
  type ContainerNetworkPolicyDisabledParam$Outbound,
} from "./containernetworkpolicydisabledparam.js";

export const AutoCodeInterpreterToolParamType = {
  Auto: "auto",
} as const;
export type AutoCodeInterpreterToolParamType = ClosedEnum<typeof AutoCodeInterpreterToolParamType>;

export const AutoCodeInterpreterToolParamType$inboundSchema: z.ZodType<AutoCodeInterpreterToolParamType, unknown> = enumSchema(AutoCodeInterpreterToolParamType);

export const AutoCodeInterpreterToolParamType$outboundSchema: z.ZodType<AutoCodeInterpreterToolParamType, AutoCodeInterpreterToolParamType> = enumSchema(AutoCodeInterpreterToolParamType);

export function autoCodeInterpreterToolParamTypeToJSON(value: AutoCodeInterpreterToolParamType): string {
  return stringifyJSON(value, AutoCodeInterpreterToolParamType$outboundSchema, "AutoCodeInterpreterToolParamType");
}

export function autoCodeInterpreterToolParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<AutoCodeInterpreterToolParamType, SDKValidationError> {
  return safeParseJSON(jsonString, AutoCodeInterpreterToolParamType$inboundSchema, "AutoCodeInterpreterToolParamType");
}

export type AutoCodeInterpreterToolParamNetworkPolicy =
  | ContainerNetworkPolicyDisabledParam
  | ContainerNetworkPolicyAllowlistParam
  | AutoCodeInterpreterToolParamNetworkPolicyUnknown;

/**
 * The member of AutoCodeInterpreterToolParamNetworkPolicy for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type AutoCodeInterpreterToolParamNetworkPolicyUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isAutoCodeInterpreterToolParamNetworkPolicyUnknown(value: AutoCodeInterpreterToolParamNetworkPolicy): value is AutoCodeInterpreterToolParamNetworkPolicyUnknown {
  return value.type === undefined;
}

/** AutoCodeInterpreterToolParamNetworkPolicy as it is sent on the wire. */
export type AutoCodeInterpreterToolParamNetworkPolicy$Outbound =
  | ContainerNetworkPolicyDisabledParam$Outbound
  | ContainerNetworkPolicyAllowlistParam$Outbound
  | { [k: string]: unknown };

export const AutoCodeInterpreterToolParamNetworkPolicy$inboundSchema: z.ZodType<AutoCodeInterpreterToolParamNetworkPolicy, unknown> = discriminatedUnionInbound(
  "type",
  {
    disabled: ContainerNetworkPolicyDisabledParam$inboundSchema,
    allowlist: ContainerNetworkPolicyAllowlistParam$inboundSchema,
  },
);

export const AutoCodeInterpreterToolParamNetworkPolicy$outboundSchema: z.ZodType<AutoCodeInterpreterToolParamNetworkPolicy$Outbound, AutoCodeInterpreterToolParamNetworkPolicy> = discriminatedUnionOutbound(
  "type",
  {
    disabled: ContainerNetworkPolicyDisabledParam$outboundSchema,
    allowlist: ContainerNetworkPolicyAllowlistParam$outboundSchema,
  },
);

export function autoCodeInterpreterToolParamNetworkPolicyToJSON(value: AutoCodeInterpreterToolParamNetworkPolicy): string {
  return stringifyJSON(value, AutoCodeInterpreterToolParamNetworkPolicy$outboundSchema, "AutoCodeInterpreterToolParamNetworkPolicy");
}

export function autoCodeInterpreterToolParamNetworkPolicyFromJSON(
  jsonString: string,
): SafeParseResult<AutoCodeInterpreterToolParamNetworkPolicy, SDKValidationError> {
  return safeParseJSON(jsonString, AutoCodeInterpreterToolParamNetworkPolicy$inboundSchema, "AutoCodeInterpreterToolParamNetworkPolicy");
}

export type AutoCodeInterpreterToolParam = {
  type: AutoCodeInterpreterToolParamType;
  fileIds?: Array<string> | undefined;
  memoryLimit?: ContainerMemoryLimit | null | undefined;
  networkPolicy?: AutoCodeInterpreterToolParamNetworkPolicy | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** AutoCodeInterpreterToolParam as it is sent on the wire. */
export type AutoCodeInterpreterToolParam$Outbound = {
  type: AutoCodeInterpreterToolParamType;
  file_ids?: Array<string> | undefined;
  memory_limit?: ContainerMemoryLimit | null | undefined;
  network_policy?: AutoCodeInterpreterToolParamNetworkPolicy$Outbound | undefined;
  [k: string]: unknown;
};

export const AutoCodeInterpreterToolParam$inboundSchema: z.ZodType<AutoCodeInterpreterToolParam, unknown> = objectInbound<AutoCodeInterpreterToolParam>(
  {
    type: ["type", AutoCodeInterpreterToolParamType$inboundSchema],
    fileIds: ["file_ids", z.array(z.string()).max(50).optional()],
    memoryLimit: ["memory_limit", ContainerMemoryLimit$inboundSchema.nullable().optional()],
    networkPolicy: ["network_policy", AutoCodeInterpreterToolParamNetworkPolicy$inboundSchema.optional()],
  },
);

export const AutoCodeInterpreterToolParam$outboundSchema: z.ZodType<AutoCodeInterpreterToolParam$Outbound, AutoCodeInterpreterToolParam> = objectOutbound<AutoCodeInterpreterToolParam, AutoCodeInterpreterToolParam$Outbound>(
  {
    type: ["type", AutoCodeInterpreterToolParamType$outboundSchema],
    fileIds: ["file_ids", z.array(z.string()).max(50).optional()],
    memoryLimit: ["memory_limit", ContainerMemoryLimit$outboundSchema.nullable().optional()],
    networkPolicy: ["network_policy", AutoCodeInterpreterToolParamNetworkPolicy$outboundSchema.optional()],
  },
);

export function autoCodeInterpreterToolParamToJSON(value: AutoCodeInterpreterToolParam): string {
  return stringifyJSON(value, AutoCodeInterpreterToolParam$outboundSchema, "AutoCodeInterpreterToolParam");
}

export function autoCodeInterpreterToolParamFromJSON(
  jsonString: string,
): SafeParseResult<AutoCodeInterpreterToolParam, SDKValidationError> {
  return safeParseJSON(jsonString, AutoCodeInterpreterToolParam$inboundSchema, "AutoCodeInterpreterToolParam");
}
