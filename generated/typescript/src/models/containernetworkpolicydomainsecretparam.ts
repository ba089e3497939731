// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type ContainerNetworkPolicyDomainSecretParam = {
  domain: string;
  name: string;
  value: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ContainerNetworkPolicyDomainSecretParam as it is sent on the wire. */
export type ContainerNetworkPolicyDomainSecretParam$Outbound = {
  domain: string;
  name: string;
  value: string;
  [k: string]: unknown;
};

export const ContainerNetworkPolicyDomainSecretParam$inboundSchema: z.ZodType<ContainerNetworkPolicyDomainSecretParam, unknown> = objectInbound<ContainerNetworkPolicyDomainSecretParam>(
  {
    domain: ["domain", z.string().min(1)],
    name: ["name", z.string().min(1)],
    value: ["value", z.string().min(1).max(10485760)],
  },
);

export const ContainerNetworkPolicyDomainSecretParam$outboundSchema: z.ZodType<ContainerNetworkPolicyDomainSecretParam$Outbound, ContainerNetworkPolicyDomainSecretParam> = objectOutbound<ContainerNetworkPolicyDomainSecretParam, ContainerNetworkPolicyDomainSecretParam$Outbound>(
  {
    domain: ["domain", z.string().min(1)],
    name: ["name", z.string().min(1)],
    value: ["value", z.string().min(1).max(10485760)],
  },
);

export function containerNetworkPolicyDomainSecretParamToJSON(value: ContainerNetworkPolicyDomainSecretParam): string {
  return stringifyJSON(value, ContainerNetworkPolicyDomainSecretParam$outboundSchema, "ContainerNetworkPolicyDomainSecretParam");
}

export function containerNetworkPolicyDomainSecretParamFromJSON(
  jsonString: string,
): SafeParseResult<ContainerNetworkPolicyDomainSecretParam, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerNetworkPolicyDomainSecretParam$inboundSchema, "ContainerNetworkPolicyDomainSecretParam");
}
