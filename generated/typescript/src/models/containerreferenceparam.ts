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

export const ContainerReferenceParam$inboundSchema: z.ZodType<ContainerReferenceParam, unknown> = objectInbound(
  {
    type: ContainerReferenceParamType$inboundSchema,
    container_id: z.string(),
  },
  (v) => ({
    type: v.type,
    containerId: v.container_id,
    ...collectAdditionalProperties(v, ["type", "container_id"]),
  }),
);

export const ContainerReferenceParam$outboundSchema: z.ZodType<ContainerReferenceParam$Outbound, ContainerReferenceParam> = objectOutbound(
  {
    type: ContainerReferenceParamType$outboundSchema,
    containerId: z.string(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    container_id: v.containerId,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "container_id"]),
  }),
);

export function containerReferenceParamToJSON(value: ContainerReferenceParam): string {
  return stringifyJSON(value, ContainerReferenceParam$outboundSchema, "ContainerReferenceParam");
}

export function containerReferenceParamFromJSON(
  jsonString: string,
): SafeParseResult<ContainerReferenceParam, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerReferenceParam$inboundSchema, "ContainerReferenceParam");
}
