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

export const ContainerNetworkPolicyDisabledParamType = {
  Disabled: "disabled",
} as const;
export type ContainerNetworkPolicyDisabledParamType = ClosedEnum<typeof ContainerNetworkPolicyDisabledParamType>;

export const ContainerNetworkPolicyDisabledParamType$inboundSchema: z.ZodType<ContainerNetworkPolicyDisabledParamType, unknown> = enumSchema(ContainerNetworkPolicyDisabledParamType);

export const ContainerNetworkPolicyDisabledParamType$outboundSchema: z.ZodType<ContainerNetworkPolicyDisabledParamType, ContainerNetworkPolicyDisabledParamType> = enumSchema(ContainerNetworkPolicyDisabledParamType);

export function containerNetworkPolicyDisabledParamTypeToJSON(value: ContainerNetworkPolicyDisabledParamType): string {
  return stringifyJSON(value, ContainerNetworkPolicyDisabledParamType$outboundSchema, "ContainerNetworkPolicyDisabledParamType");
}

export function containerNetworkPolicyDisabledParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ContainerNetworkPolicyDisabledParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerNetworkPolicyDisabledParamType$inboundSchema, "ContainerNetworkPolicyDisabledParamType");
}

export type ContainerNetworkPolicyDisabledParam = {
  type: ContainerNetworkPolicyDisabledParamType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ContainerNetworkPolicyDisabledParam as it is sent on the wire. */
export type ContainerNetworkPolicyDisabledParam$Outbound = {
  type: ContainerNetworkPolicyDisabledParamType;
  [k: string]: unknown;
};

export const ContainerNetworkPolicyDisabledParam$inboundSchema: z.ZodType<ContainerNetworkPolicyDisabledParam, unknown> = objectInbound<ContainerNetworkPolicyDisabledParam>(
  {
    type: ["type", ContainerNetworkPolicyDisabledParamType$inboundSchema],
  },
);

export const ContainerNetworkPolicyDisabledParam$outboundSchema: z.ZodType<ContainerNetworkPolicyDisabledParam$Outbound, ContainerNetworkPolicyDisabledParam> = objectOutbound<ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyDisabledParam$Outbound>(
  {
    type: ["type", ContainerNetworkPolicyDisabledParamType$outboundSchema],
  },
);

export function containerNetworkPolicyDisabledParamToJSON(value: ContainerNetworkPolicyDisabledParam): string {
  return stringifyJSON(value, ContainerNetworkPolicyDisabledParam$outboundSchema, "ContainerNetworkPolicyDisabledParam");
}

export function containerNetworkPolicyDisabledParamFromJSON(
  jsonString: string,
): SafeParseResult<ContainerNetworkPolicyDisabledParam, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerNetworkPolicyDisabledParam$inboundSchema, "ContainerNetworkPolicyDisabledParam");
}
