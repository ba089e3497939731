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
  ContainerNetworkPolicyDomainSecretParam$inboundSchema,
  ContainerNetworkPolicyDomainSecretParam$outboundSchema,
  type ContainerNetworkPolicyDomainSecretParam,
  type ContainerNetworkPolicyDomainSecretParam$Outbound,
} from "./containernetworkpolicydomainsecretparam.js";

export const ContainerNetworkPolicyAllowlistParamType = {
  Allowlist: "allowlist",
} as const;
export type ContainerNetworkPolicyAllowlistParamType = ClosedEnum<typeof ContainerNetworkPolicyAllowlistParamType>;

export const ContainerNetworkPolicyAllowlistParamType$inboundSchema: z.ZodType<ContainerNetworkPolicyAllowlistParamType, unknown> = enumSchema(ContainerNetworkPolicyAllowlistParamType);

export const ContainerNetworkPolicyAllowlistParamType$outboundSchema: z.ZodType<ContainerNetworkPolicyAllowlistParamType, ContainerNetworkPolicyAllowlistParamType> = enumSchema(ContainerNetworkPolicyAllowlistParamType);

export function containerNetworkPolicyAllowlistParamTypeToJSON(value: ContainerNetworkPolicyAllowlistParamType): string {
  return stringifyJSON(value, ContainerNetworkPolicyAllowlistParamType$outboundSchema, "ContainerNetworkPolicyAllowlistParamType");
}

export function containerNetworkPolicyAllowlistParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ContainerNetworkPolicyAllowlistParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerNetworkPolicyAllowlistParamType$inboundSchema, "ContainerNetworkPolicyAllowlistParamType");
}

export type ContainerNetworkPolicyAllowlistParam = {
  type: ContainerNetworkPolicyAllowlistParamType;
  allowedDomains: Array<string>;
  domainSecrets?: Array<ContainerNetworkPolicyDomainSecretParam> | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ContainerNetworkPolicyAllowlistParam as it is sent on the wire. */
export type ContainerNetworkPolicyAllowlistParam$Outbound = {
  type: ContainerNetworkPolicyAllowlistParamType;
  allowed_domains: Array<string>;
  domain_secrets?: Array<ContainerNetworkPolicyDomainSecretParam$Outbound> | undefined;
  [k: string]: unknown;
};

export const ContainerNetworkPolicyAllowlistParam$inboundSchema: z.ZodType<ContainerNetworkPolicyAllowlistParam, unknown> = objectInbound<ContainerNetworkPolicyAllowlistParam>(
  {
    type: ["type", ContainerNetworkPolicyAllowlistParamType$inboundSchema],
    allowedDomains: ["allowed_domains", z.array(z.string()).min(1)],
    domainSecrets: ["domain_secrets", z.array(ContainerNetworkPolicyDomainSecretParam$inboundSchema).min(1).optional()],
  },
);

export const ContainerNetworkPolicyAllowlistParam$outboundSchema: z.ZodType<ContainerNetworkPolicyAllowlistParam$Outbound, ContainerNetworkPolicyAllowlistParam> = objectOutbound<ContainerNetworkPolicyAllowlistParam, ContainerNetworkPolicyAllowlistParam$Outbound>(
  {
    type: ["type", ContainerNetworkPolicyAllowlistParamType$outboundSchema],
    allowedDomains: ["allowed_domains", z.array(z.string()).min(1)],
    domainSecrets: ["domain_secrets", z.array(ContainerNetworkPolicyDomainSecretParam$outboundSchema).min(1).optional()],
  },
);

export function containerNetworkPolicyAllowlistParamToJSON(value: ContainerNetworkPolicyAllowlistParam): string {
  return stringifyJSON(value, ContainerNetworkPolicyAllowlistParam$outboundSchema, "ContainerNetworkPolicyAllowlistParam");
}

export function containerNetworkPolicyAllowlistParamFromJSON(
  jsonString: string,
): SafeParseResult<ContainerNetworkPolicyAllowlistParam, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerNetworkPolicyAllowlistParam$inboundSchema, "ContainerNetworkPolicyAllowlistParam");
}
