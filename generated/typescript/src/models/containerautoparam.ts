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
import {
  InlineSkillParam$inboundSchema,
  InlineSkillParam$outboundSchema,
  type InlineSkillParam,
  type InlineSkillParam$Outbound,
} from "./inlineskillparam.js";
import {
  SkillReferenceParam$inboundSchema,
  SkillReferenceParam$outboundSchema,
  type SkillReferenceParam,
  type SkillReferenceParam$Outbound,
} from "./skillreferenceparam.js";

export const ContainerAutoParamType = {
  ContainerAuto: "container_auto",
} as const;
export type ContainerAutoParamType = ClosedEnum<typeof ContainerAutoParamType>;

export const ContainerAutoParamType$inboundSchema: z.ZodType<ContainerAutoParamType, unknown> = enumSchema(ContainerAutoParamType);

export const ContainerAutoParamType$outboundSchema: z.ZodType<ContainerAutoParamType, ContainerAutoParamType> = enumSchema(ContainerAutoParamType);

export function containerAutoParamTypeToJSON(value: ContainerAutoParamType): string {
  return stringifyJSON(value, ContainerAutoParamType$outboundSchema, "ContainerAutoParamType");
}

export function containerAutoParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ContainerAutoParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerAutoParamType$inboundSchema, "ContainerAutoParamType");
}

export type ContainerAutoParamNetworkPolicy =
  | ContainerNetworkPolicyDisabledParam
  | ContainerNetworkPolicyAllowlistParam
  | ContainerAutoParamNetworkPolicyUnknown;

/**
 * The member of ContainerAutoParamNetworkPolicy for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type ContainerAutoParamNetworkPolicyUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isContainerAutoParamNetworkPolicyUnknown(value: ContainerAutoParamNetworkPolicy): value is ContainerAutoParamNetworkPolicyUnknown {
  return value.type === undefined;
}

/** ContainerAutoParamNetworkPolicy as it is sent on the wire. */
export type ContainerAutoParamNetworkPolicy$Outbound =
  | ContainerNetworkPolicyDisabledParam$Outbound
  | ContainerNetworkPolicyAllowlistParam$Outbound
  | { [k: string]: unknown };

export const ContainerAutoParamNetworkPolicy$inboundSchema: z.ZodType<ContainerAutoParamNetworkPolicy, unknown> = discriminatedUnionInbound(
  "type",
  {
    disabled: ContainerNetworkPolicyDisabledParam$inboundSchema,
    allowlist: ContainerNetworkPolicyAllowlistParam$inboundSchema,
  },
);

export const ContainerAutoParamNetworkPolicy$outboundSchema: z.ZodType<ContainerAutoParamNetworkPolicy$Outbound, ContainerAutoParamNetworkPolicy> = discriminatedUnionOutbound(
  "type",
  {
    disabled: ContainerNetworkPolicyDisabledParam$outboundSchema,
    allowlist: ContainerNetworkPolicyAllowlistParam$outboundSchema,
  },
);

export function containerAutoParamNetworkPolicyToJSON(value: ContainerAutoParamNetworkPolicy): string {
  return stringifyJSON(value, ContainerAutoParamNetworkPolicy$outboundSchema, "ContainerAutoParamNetworkPolicy");
}

export function containerAutoParamNetworkPolicyFromJSON(
  jsonString: string,
): SafeParseResult<ContainerAutoParamNetworkPolicy, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerAutoParamNetworkPolicy$inboundSchema, "ContainerAutoParamNetworkPolicy");
}

export type ContainerAutoParamSkills =
  | SkillReferenceParam
  | InlineSkillParam
  | ContainerAutoParamSkillsUnknown;

/**
 * The member of ContainerAutoParamSkills for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type ContainerAutoParamSkillsUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isContainerAutoParamSkillsUnknown(value: ContainerAutoParamSkills): value is ContainerAutoParamSkillsUnknown {
  return value.type === undefined;
}

/** ContainerAutoParamSkills as it is sent on the wire. */
export type ContainerAutoParamSkills$Outbound =
  | SkillReferenceParam$Outbound
  | InlineSkillParam$Outbound
  | { [k: string]: unknown };

export const ContainerAutoParamSkills$inboundSchema: z.ZodType<ContainerAutoParamSkills, unknown> = discriminatedUnionInbound(
  "type",
  {
    skill_reference: SkillReferenceParam$inboundSchema,
    inline: InlineSkillParam$inboundSchema,
  },
);

export const ContainerAutoParamSkills$outboundSchema: z.ZodType<ContainerAutoParamSkills$Outbound, ContainerAutoParamSkills> = discriminatedUnionOutbound(
  "type",
  {
    skill_reference: SkillReferenceParam$outboundSchema,
    inline: InlineSkillParam$outboundSchema,
  },
);

export function containerAutoParamSkillsToJSON(value: ContainerAutoParamSkills): string {
  return stringifyJSON(value, ContainerAutoParamSkills$outboundSchema, "ContainerAutoParamSkills");
}

export function containerAutoParamSkillsFromJSON(
  jsonString: string,
): SafeParseResult<ContainerAutoParamSkills, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerAutoParamSkills$inboundSchema, "ContainerAutoParamSkills");
}

export type ContainerAutoParam = {
  type: ContainerAutoParamType;
  fileIds?: Array<string> | undefined;
  memoryLimit?: ContainerMemoryLimit | null | undefined;
  networkPolicy?: ContainerAutoParamNetworkPolicy | undefined;
  skills?: Array<ContainerAutoParamSkills> | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ContainerAutoParam as it is sent on the wire. */
export type ContainerAutoParam$Outbound = {
  type: ContainerAutoParamType;
  file_ids?: Array<string> | undefined;
  memory_limit?: ContainerMemoryLimit | null | undefined;
  network_policy?: ContainerAutoParamNetworkPolicy$Outbound | undefined;
  skills?: Array<ContainerAutoParamSkills$Outbound> | undefined;
  [k: string]: unknown;
};

export const ContainerAutoParam$inboundSchema: z.ZodType<ContainerAutoParam, unknown> = objectInbound<ContainerAutoParam>(
  {
    type: ["type", ContainerAutoParamType$inboundSchema],
    fileIds: ["file_ids", z.array(z.string()).max(50).optional()],
    memoryLimit: ["memory_limit", ContainerMemoryLimit$inboundSchema.nullable().optional()],
    networkPolicy: ["network_policy", ContainerAutoParamNetworkPolicy$inboundSchema.optional()],
    skills: ["skills", z.array(ContainerAutoParamSkills$inboundSchema).max(200).optional()],
  },
);

export const ContainerAutoParam$outboundSchema: z.ZodType<ContainerAutoParam$Outbound, ContainerAutoParam> = objectOutbound<ContainerAutoParam, ContainerAutoParam$Outbound>(
  {
    type: ["type", ContainerAutoParamType$outboundSchema],
    fileIds: ["file_ids", z.array(z.string()).max(50).optional()],
    memoryLimit: ["memory_limit", ContainerMemoryLimit$outboundSchema.nullable().optional()],
    networkPolicy: ["network_policy", ContainerAutoParamNetworkPolicy$outboundSchema.optional()],
    skills: ["skills", z.array(ContainerAutoParamSkills$outboundSchema).max(200).optional()],
  },
);

export function containerAutoParamToJSON(value: ContainerAutoParam): string {
  return stringifyJSON(value, ContainerAutoParam$outboundSchema, "ContainerAutoParam");
}

export function containerAutoParamFromJSON(
  jsonString: string,
): SafeParseResult<ContainerAutoParam, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerAutoParam$inboundSchema, "ContainerAutoParam");
}
