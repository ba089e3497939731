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

export const LocalEnvironmentResourceType = {
  Local: "local",
} as const;
export type LocalEnvironmentResourceType = ClosedEnum<typeof LocalEnvironmentResourceType>;

export const LocalEnvironmentResourceType$inboundSchema: z.ZodType<LocalEnvironmentResourceType, unknown> = enumSchema(LocalEnvironmentResourceType);

export const LocalEnvironmentResourceType$outboundSchema: z.ZodType<LocalEnvironmentResourceType, LocalEnvironmentResourceType> = enumSchema(LocalEnvironmentResourceType);

export function localEnvironmentResourceTypeToJSON(value: LocalEnvironmentResourceType): string {
  return stringifyJSON(value, LocalEnvironmentResourceType$outboundSchema, "LocalEnvironmentResourceType");
}

export function localEnvironmentResourceTypeFromJSON(
  jsonString: string,
): SafeParseResult<LocalEnvironmentResourceType, SDKValidationError> {
  return safeParseJSON(jsonString, LocalEnvironmentResourceType$inboundSchema, "LocalEnvironmentResourceType");
}

export type LocalEnvironmentResource = {
  type: LocalEnvironmentResourceType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** LocalEnvironmentResource as it is sent on the wire. */
export type LocalEnvironmentResource$Outbound = {
  type: LocalEnvironmentResourceType;
  [k: string]: unknown;
};

export const LocalEnvironmentResource$inboundSchema: z.ZodType<LocalEnvironmentResource, unknown> = objectInbound<LocalEnvironmentResource>(
  {
    type: ["type", LocalEnvironmentResourceType$inboundSchema],
  },
);

export const LocalEnvironmentResource$outboundSchema: z.ZodType<LocalEnvironmentResource$Outbound, LocalEnvironmentResource> = objectOutbound<LocalEnvironmentResource, LocalEnvironmentResource$Outbound>(
  {
    type: ["type", LocalEnvironmentResourceType$outboundSchema],
  },
);

export function localEnvironmentResourceToJSON(value: LocalEnvironmentResource): string {
  return stringifyJSON(value, LocalEnvironmentResource$outboundSchema, "LocalEnvironmentResource");
}

export function localEnvironmentResourceFromJSON(
  jsonString: string,
): SafeParseResult<LocalEnvironmentResource, SDKValidationError> {
  return safeParseJSON(jsonString, LocalEnvironmentResource$inboundSchema, "LocalEnvironmentResource");
}
