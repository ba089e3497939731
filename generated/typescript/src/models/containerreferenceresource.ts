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

export const ContainerReferenceResourceType = {
  ContainerReference: "container_reference",
} as const;
export type ContainerReferenceResourceType = ClosedEnum<typeof ContainerReferenceResourceType>;

export const ContainerReferenceResourceType$inboundSchema: z.ZodType<ContainerReferenceResourceType, unknown> = enumSchema(ContainerReferenceResourceType);

export const ContainerReferenceResourceType$outboundSchema: z.ZodType<ContainerReferenceResourceType, ContainerReferenceResourceType> = enumSchema(ContainerReferenceResourceType);

export function containerReferenceResourceTypeToJSON(value: ContainerReferenceResourceType): string {
  return stringifyJSON(value, ContainerReferenceResourceType$outboundSchema, "ContainerReferenceResourceType");
}

export function containerReferenceResourceTypeFromJSON(
  jsonString: string,
): SafeParseResult<ContainerReferenceResourceType, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerReferenceResourceType$inboundSchema, "ContainerReferenceResourceType");
}

export type ContainerReferenceResource = {
  type: ContainerReferenceResourceType;
  containerId: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ContainerReferenceResource as it is sent on the wire. */
export type ContainerReferenceResource$Outbound = {
  type: ContainerReferenceResourceType;
  container_id: string;
  [k: string]: unknown;
};

export const ContainerReferenceResource$inboundSchema: z.ZodType<ContainerReferenceResource, unknown> = objectInbound<ContainerReferenceResource>(
  {
    type: ["type", ContainerReferenceResourceType$inboundSchema],
    containerId: ["container_id", z.string()],
  },
);

export const ContainerReferenceResource$outboundSchema: z.ZodType<ContainerReferenceResource$Outbound, ContainerReferenceResource> = objectOutbound<ContainerReferenceResource, ContainerReferenceResource$Outbound>(
  {
    type: ["type", ContainerReferenceResourceType$outboundSchema],
    containerId: ["container_id", z.string()],
  },
);

export function containerReferenceResourceToJSON(value: ContainerReferenceResource): string {
  return stringifyJSON(value, ContainerReferenceResource$outboundSchema, "ContainerReferenceResource");
}

export function containerReferenceResourceFromJSON(
  jsonString: string,
): SafeParseResult<ContainerReferenceResource, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerReferenceResource$inboundSchema, "ContainerReferenceResource");
}
