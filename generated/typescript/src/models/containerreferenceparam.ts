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

export const ContainerReferenceParamType = {
  ContainerReference: "container_reference",
} as const;
export type ContainerReferenceParamType = ClosedEnum<typeof ContainerReferenceParamType>;

export const ContainerReferenceParamType$inboundSchema: z.ZodType<ContainerReferenceParamType, unknown> = enumSchema(ContainerReferenceParamType);

export const ContainerReferenceParamType$outboundSchema: z.ZodType<ContainerReferenceParamType, ContainerReferenceParamType> = enumSchema(ContainerReferenceParamType);

export function containerReferenceParamTypeToJSON(value: ContainerReferenceParamType): string {
  return stringifyJSON(value, ContainerReferenceParamType$outboundSchema, "ContainerReferenceParamType");
}

export function containerReferenceParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ContainerReferenceParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerReferenceParamType$inboundSchema, "ContainerReferenceParamType");
}

export type ContainerReferenceParam = {
  type: ContainerReferenceParamType;
  containerId: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ContainerReferenceParam as it is sent on the wire. */
export type ContainerReferenceParam$Outbound = {
  type: ContainerReferenceParamType;
  container_id: string;
  [k: string]: unknown;
};

export const ContainerReferenceParam$inboundSchema: z.ZodType<ContainerReferenceParam, unknown> = objectInbound<ContainerReferenceParam>(
  {
    type: ["type", ContainerReferenceParamType$inboundSchema],
    containerId: ["container_id", z.string()],
  },
);

export const ContainerReferenceParam$outboundSchema: z.ZodType<ContainerReferenceParam$Outbound, ContainerReferenceParam> = objectOutbound<ContainerReferenceParam, ContainerReferenceParam$Outbound>(
  {
    type: ["type", ContainerReferenceParamType$outboundSchema],
    containerId: ["container_id", z.string()],
  },
);

export function containerReferenceParamToJSON(value: ContainerReferenceParam): string {
  return stringifyJSON(value, ContainerReferenceParam$outboundSchema, "ContainerReferenceParam");
}

export function containerReferenceParamFromJSON(
  jsonString: string,
): SafeParseResult<ContainerReferenceParam, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerReferenceParam$inboundSchema, "ContainerReferenceParam");
}
